import type { Agreement, Card, WorkshopState } from "../../model";
import { cardsOf } from "../../selectors";

/** The agreements of a phase, in the order they were made. */
export function agreementsOf(state: WorkshopState, phaseId: string): Agreement[] {
  return Object.values(state.agreements)
    .filter((a) => a.phaseId === phaseId)
    .sort((a, b) => a.seq - b.seq);
}

/** How many people are in: those the facilitator removed no longer count. */
export function endorsementCount(state: WorkshopState, agreement: Agreement): number {
  return agreement.endorsedBy.filter((id) => state.participants[id]?.removed !== true).length;
}

export interface RankedIdea {
  card: Card;
  /** `null` while the vote is open (or never held): tallies are blind until it closes. */
  dots: number | null;
}

/**
 * The brainstorm's ideas to make agreements from: ranked by dots once the vote is closed (ties in
 * posting order), otherwise in posting order. Hidden ideas are left out, even on the console.
 */
export function ideasToAgree(state: WorkshopState, sourcePhaseId: string): RankedIdea[] {
  const ideas = cardsOf(state, sourcePhaseId).filter((c) => !c.hidden);
  const tally = state.dotTallies[sourcePhaseId];
  if (!tally) return ideas.map((card) => ({ card, dots: null }));
  return ideas
    .map((card) => ({ card, dots: tally[card.id] ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.card.seq - b.card.seq);
}

/** How many agreements were made from each idea, so the console can show which are taken. */
export function agreementsFromIdeas(state: WorkshopState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of Object.values(state.agreements)) {
    if (a.fromCardId) counts.set(a.fromCardId, (counts.get(a.fromCardId) ?? 0) + 1);
  }
  return counts;
}
