import { z } from "zod";
import { LANGUAGES } from "../../../i18n/languages";

/** The workshop's own language: what everyone sees who has not picked one of their own. */
export const LanguageSchema = z.enum(LANGUAGES);

export const languageCommands = [z.object({ type: z.literal("workshop.setLanguage"), language: LanguageSchema })] as const;

export const languageEvents = [z.object({ type: z.literal("workshop.languageSet"), language: LanguageSchema })] as const;
