import type { Messages } from "./messages/en";
import { LOCALES, type Language } from "./languages";

export type { Messages } from "./messages/en";
export type Area = keyof Messages;
/** A message that depends on a count: `Intl.PluralRules` picks the form ("1 card", "3 cards"). */
export interface PluralForms {
  zero?: string;
  one: string;
  other: string;
}
export type Vars = Record<string, string | number>;
export type Translate<A extends Area> = (key: keyof Messages[A] & string, vars?: Vars) => string;

const plurals = new Map<Language, Intl.PluralRules>();
const numbers = new Map<Language, Intl.NumberFormat>();
const pluralRules = (lang: Language) => cached(plurals, lang, () => new Intl.PluralRules(LOCALES[lang]));
const numberFormat = (lang: Language) => cached(numbers, lang, () => new Intl.NumberFormat(LOCALES[lang]));

function cached<V>(map: Map<Language, V>, lang: Language, make: () => V): V {
  let value = map.get(lang);
  if (!value) map.set(lang, (value = make()));
  return value;
}

/**
 * One message, with `{name}` placeholders filled in (numbers formatted for the language). A key
 * the catalogue lacks shows itself rather than nothing, and a test keeps every catalogue complete.
 */
export function translate(lang: Language, messages: Messages, area: Area, key: string, vars?: Vars): string {
  const entry = (messages[area] as Record<string, string | PluralForms> | undefined)?.[key];
  if (entry === undefined) return `${area}.${key}`;
  const template = typeof entry === "string" ? entry : pluralForm(lang, entry, vars?.count);
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numberFormat(lang).format(value) : value;
  });
}

function pluralForm(lang: Language, forms: PluralForms, count: string | number | undefined): string {
  const n = typeof count === "number" ? count : Number(count ?? 0);
  if (n === 0 && forms.zero !== undefined) return forms.zero;
  return pluralRules(lang).select(n) === "one" ? forms.one : forms.other;
}

/** A translator for one area of the catalogue, as pages and downloads use it. */
export function translator<A extends Area>(lang: Language, messages: Messages, area: A): Translate<A> {
  return (key, vars) => translate(lang, messages, area, key, vars);
}
