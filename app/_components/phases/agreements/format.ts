import { formatDate, type Language } from "@/lib/i18n";

/**
 * A calendar day (YYYY-MM-DD) as a reader of this language writes it. It is a day, not an
 * instant: formatted in UTC so no time zone moves it to the day before.
 */
export function formatDay(lang: Language, day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) return day;
  return formatDate(lang, time, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
}
