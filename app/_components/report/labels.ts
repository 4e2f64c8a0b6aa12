import type { AgreementStatus } from "@/lib/domain";
import type { ReportWorkshop } from "@/lib/domain/report";
import { formatDate, type Language } from "@/lib/i18n";
import { STATUS_KEYS } from "../phases/agreements/status";
import { teamColor } from "../shared/teamColor";

/** Each follow-up status: its word (the "agreements" area's catalogue) and its pill; the word always shows, the colour helps. */
export const STATUS: Record<AgreementStatus, { label: (typeof STATUS_KEYS)[AgreementStatus]; pill: string }> = {
  "not-started": { label: STATUS_KEYS["not-started"], pill: "border-line bg-paper text-ink" },
  "on-track": { label: STATUS_KEYS["on-track"], pill: "border-ok bg-[#e3f3e9] text-ok" },
  "at-risk": { label: STATUS_KEYS["at-risk"], pill: "border-warn bg-warn-soft text-warn-ink" },
  done: { label: STATUS_KEYS.done, pill: "border-brand bg-brand text-white" },
};

/**
 * A team's accent by its name: the report names teams rather than numbering them, and the same
 * team keeps the colour it had in the room.
 */
export function teamAccent(workshop: ReportWorkshop, name: string | null): string {
  const team = workshop.teams.find((t) => t.name === name);
  return team ? teamColor(workshop.teams, team.id) : "var(--color-muted)";
}

/** An instant as a reader of this language writes date and time ("12 Mar 2025, 14:05"). */
export function formatInstant(lang: Language, iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return formatDate(lang, time, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}
