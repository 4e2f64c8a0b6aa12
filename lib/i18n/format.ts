import { LOCALES, type Language } from "./languages";

/** Dates, times and numbers as people of this language write them. */
export const formatNumber = (lang: Language, value: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(LOCALES[lang], options).format(value);

export const formatDate = (lang: Language, time: number | string | Date, options?: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALES[lang], options ?? { day: "numeric", month: "short", year: "numeric" }).format(
    new Date(time),
  );

export const formatTime = (lang: Language, time: number | string | Date) =>
  new Intl.DateTimeFormat(LOCALES[lang], { hour: "2-digit", minute: "2-digit" }).format(new Date(time));

/** "3 cards, 2 ideas" and the like: a list joined the way the language joins one. */
export const formatList = (lang: Language, items: readonly string[]) =>
  new Intl.ListFormat(LOCALES[lang], { style: "long", type: "conjunction" }).format(items);
