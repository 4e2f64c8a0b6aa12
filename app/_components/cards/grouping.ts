import { cardsByTeam } from "@/lib/domain/selectors";
import type { Phase, TeamCards, WorkshopState } from "@/lib/domain";

export interface ColumnGroup {
  /** `null` for a phase without columns: one group holding every team. */
  column: { id: string; label: string } | null;
  teams: TeamCards[];
}

/** The columns a cards phase offers ("What changes" / "What it means for us"); none by default. */
export function columnsOf(phase: Phase): readonly { id: string; label: string }[] {
  return phase.kind === "cards" ? phase.options.columns : [];
}

/**
 * A phase's cards grouped by column, then by the authors' teams. Cards whose column is no longer
 * on the phase (its columns were edited) are kept, under "Other" (in the page's language: pass
 * it), rather than lost.
 */
export function cardGroups(state: WorkshopState, phase: Phase, otherLabel = "Other"): ColumnGroup[] {
  const byTeam = cardsByTeam(state, phase.id);
  const columns = columnsOf(phase);
  if (columns.length === 0) return [{ column: null, teams: byTeam }];
  const known = new Set(columns.map((c) => c.id));
  const pick = (keep: (column: string | null) => boolean) =>
    byTeam.map(({ team, cards }) => ({ team, cards: cards.filter((c) => keep(c.column)) }));
  const groups: ColumnGroup[] = columns.map((column) => ({ column, teams: pick((id) => id === column.id) }));
  const others = pick((id) => id === null || !known.has(id));
  if (others.some((t) => t.cards.length > 0)) groups.push({ column: { id: "", label: otherLabel }, teams: others });
  return groups;
}

export const countCards = (teams: readonly TeamCards[]) => teams.reduce((n, t) => n + t.cards.length, 0);
