import type { AgreementStatus } from "@/lib/domain";
import { STATUS_LABELS } from "@/lib/domain/features/followup/labels";
import type { ReportWorkshop } from "@/lib/domain/report";
import { teamColor } from "../shared/teamColor";

/** Each follow-up status as people read it, and its pill: the word always shows, the colour helps. */
export const STATUS: Record<AgreementStatus, { label: string; pill: string }> = {
  "not-started": { label: STATUS_LABELS["not-started"], pill: "border-line bg-paper text-ink" },
  "on-track": { label: STATUS_LABELS["on-track"], pill: "border-ok bg-[#e3f3e9] text-ok" },
  "at-risk": { label: STATUS_LABELS["at-risk"], pill: "border-warn bg-warn-soft text-warn-ink" },
  done: { label: STATUS_LABELS.done, pill: "border-brand bg-brand text-white" },
};

/**
 * A team's accent by its name: the report names teams rather than numbering them, and the same
 * team keeps the colour it had in the room.
 */
export function teamAccent(workshop: ReportWorkshop, name: string | null): string {
  const team = workshop.teams.find((t) => t.name === name);
  return team ? teamColor(workshop.teams, team.id) : "var(--color-muted)";
}

/** An instant as a reader's date and time ("12 Mar 2025, 14:05"). */
export function formatInstant(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time).toLocaleString(undefined, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
