import type { Card, Phase, Team, WorkshopState } from "./model";

/** Read-only questions about a state, shared by the server, the pages and the tests. */

export function phaseIndex(state: WorkshopState, phaseId: string): number {
  return state.agenda.findIndex((p) => p.id === phaseId);
}

export function currentPhase(state: WorkshopState): Phase {
  const phase = state.agenda.find((p) => p.id === state.currentPhaseId) ?? state.agenda[0];
  if (!phase) throw new Error("A workshop always has at least one phase");
  return phase;
}

/**
 * The cards of a phase this copy of the workshop holds, in the order they were posted. Phones and
 * the screen never hold hidden cards (the server does not send them); the facilitator's do.
 */
export function cardsOf(state: WorkshopState, phaseId: string): Card[] {
  return Object.values(state.cards)
    .filter((c) => c.phaseId === phaseId && c.mergedInto === null)
    .sort((a, b) => a.seq - b.seq);
}

export interface TeamCards {
  team: Team;
  cards: Card[];
}

/** Cards of a phase grouped by the authors' teams, in agenda order of the teams. */
export function cardsByTeam(state: WorkshopState, phaseId: string): TeamCards[] {
  const cards = cardsOf(state, phaseId);
  return state.teams.map((team) => ({ team, cards: cards.filter((c) => c.teamId === team.id) }));
}

export function teamName(state: WorkshopState, teamId: string): string {
  return state.teams.find((t) => t.id === teamId)?.name ?? "";
}

/** The name shown with a card: "Anonymous" when the author is not sent, "Someone" if unknown. */
export function authorName(state: WorkshopState, authorId: string | null): string {
  if (authorId === null) return "Anonymous";
  return state.participants[authorId]?.name ?? "Someone";
}

/**
 * How many duplicates were merged into each card that has any, counted in one pass: a board of
 * 2,000 cards asking card by card went over every card 2,000 times on each update.
 */
export function mergedCounts(state: WorkshopState): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const c of Object.values(state.cards)) if (c.mergedInto !== null) counts.set(c.mergedInto, (counts.get(c.mergedInto) ?? 0) + 1);
  return counts;
}
