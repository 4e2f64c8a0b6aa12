/**
 * The languages Onside speaks. A person's own choice wins; else the workshop's default (set by the
 * facilitator: a Dutch room stays Dutch on a phone set to English); else the browser's; else English.
 */
export const LANGUAGES = ["en", "nl", "nb"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

/** Each language named in itself, as a picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", nl: "Nederlands", nb: "Norsk bokmål" };

/** The locale for dates and numbers (`Intl`). */
export const LOCALES: Record<Language, string> = { en: "en-GB", nl: "nl-NL", nb: "nb-NO" };

/** Cookies the pages read on the server, so the first paint is already in the right language. */
export const LANGUAGE_COOKIE = "onside-lang";
/** The default of the last workshop this browser opened, below the person's own choice. */
export const ROOM_LANGUAGE_COOKIE = "onside-room-lang";

export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);

/**
 * The first supported language among BCP 47 tags in order of preference (`navigator.languages`,
 * an Accept-Language header). Flemish is Dutch; Norwegian in any form reads Bokmål.
 */
export function matchLanguage(tags: readonly string[]): Language | null {
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === "nl") return "nl";
    if (primary === "nb" || primary === "no" || primary === "nn") return "nb";
    if (primary === "en") return "en";
  }
  return null;
}

/** An Accept-Language header's tags, most preferred first (RFC 9110 §12.5.4). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((t) => t.tag && t.tag !== "*" && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((t) => t.tag);
}

/** The language to show: the first of these that is set and supported. */
export function pickLanguage(...candidates: readonly (string | null | undefined)[]): Language {
  return candidates.find(isLanguage) ?? DEFAULT_LANGUAGE;
}
