import type { Language } from "../../i18n/languages";
import type { Phase } from "../phases";
import type { Template } from "./schema";
import { NB } from "./texts/nb";
import { NL } from "./texts/nl";
import type { TemplateTexts } from "./texts/types";

const TEXTS: Record<Exclude<Language, "en">, Readonly<Record<string, TemplateTexts>>> = { nl: NL, nb: NB };

/** One phase in other words: the same id, kind and options, its title, prompt, columns and questions translated. */
function phaseIn(phase: Phase, texts: TemplateTexts): Phase {
  const words = texts.phases[phase.id];
  const next = { ...phase, ...(words && { title: words.title, prompt: words.prompt }) } as Phase;
  if (next.kind === "cards") {
    const columns = next.options.columns.map((c) => ({ ...c, label: texts.columns[c.id] ?? c.label }));
    return { ...next, options: { ...next.options, columns } };
  }
  if (next.kind === "pulse") {
    const questions = next.options.questions.map((q) => ({ ...q, text: texts.questions[q.id] ?? q.text }));
    return { ...next, options: { ...next.options, questions } };
  }
  return next;
}

/**
 * An English template in the given language. What a language does not translate stays English
 * (a unit test checks that nothing is left out).
 */
export function localize(template: Template, lang: Language): Template {
  const texts = lang === "en" ? undefined : TEXTS[lang][template.id];
  if (!texts) return template;
  return {
    ...template,
    title: texts.title,
    description: texts.description,
    agenda: template.agenda.map((p) => phaseIn(p, texts)),
  };
}

/** The teams a template suggests in a language, or `fallback` (the English ones). */
export function teamsIn(templateId: string, lang: Language, fallback: readonly string[]): readonly string[] {
  return (lang === "en" ? undefined : TEXTS[lang][templateId]?.teams) ?? fallback;
}
