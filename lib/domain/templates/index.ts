import type { Language } from "../../i18n/languages";
import { DEFAULT_AGENDA, DEFAULT_TEAMS } from "../agenda";
import type { Phase } from "../phases";
import { localize, teamsIn } from "./localize";
import type { Template } from "./schema";
import { SHARED_GOAL } from "./sharedGoal";
import { UPSIDE_DOWN } from "./upsideDown";

export { TemplateSchema, type Template } from "./schema";

export const DEFAULT_TEMPLATE_ID = "in-each-others-shoes";

/** The agendas a workshop can start from, in English; the first is the default. */
export const TEMPLATES: readonly Template[] = [
  {
    id: DEFAULT_TEMPLATE_ID,
    title: "In each other's shoes",
    description:
      "Teams who work past each other under changes around them: each writes as another team, sees itself in the mirror, names the us-and-them beliefs, then agrees on what to do together.",
    agenda: [...DEFAULT_AGENDA],
  },
  UPSIDE_DOWN,
  SHARED_GOAL,
];

/** The teams each template starts with in English (the facilitator renames or adds them). */
const TEAMS_EN: Record<string, readonly string[]> = {
  [DEFAULT_TEMPLATE_ID]: DEFAULT_TEAMS,
  [UPSIDE_DOWN.id]: ["Management", "Customer service", "Sales", "Back office"],
  [SHARED_GOAL.id]: ["Customer service", "Sales", "Operations", "Management"],
};

/** A template with the teams it suggests, in one language. */
export interface LocalizedTemplate extends Template {
  teams: readonly string[];
}

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** A template in a language: same ids, kinds and options as the English one, in other words. */
export function templateIn(id: string, lang: Language): LocalizedTemplate | undefined {
  const template = templateById(id);
  if (!template) return undefined;
  return { ...localize(template, lang), teams: teamsIn(id, lang, TEAMS_EN[id] ?? DEFAULT_TEAMS) };
}

/** Every template in a language, the default first. */
export const templatesIn = (lang: Language): LocalizedTemplate[] => TEMPLATES.map((t) => templateIn(t.id, lang)!);

/** A workshop's agenda as a template file to save and start another workshop from. */
export function agendaAsTemplate(state: { code: string; title: string; agenda: readonly Phase[] }): Template {
  return {
    id: `workshop-${state.code.toLowerCase()}`,
    title: state.title,
    description: `The agenda of "${state.title}", saved from Onside.`,
    agenda: structuredClone([...state.agenda]),
  };
}

export { ADDABLE_KINDS, newPhaseDraft, type AddableKind } from "./newPhase";
