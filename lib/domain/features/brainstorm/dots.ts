import type { Card, Phase, WorkshopState } from "../../model";

/** The per-person budget when a phase does not say (an older agenda, or a hand-made one). */
export const DEFAULT_BUDGET = 3;

export function budgetOf(phase: Phase | undefined): number {
  return phase?.kind === "brainstorm" ? phase.options.budget : DEFAULT_BUDGET;
}

/**
 * The idea a card's dots count for: a duplicate's dots go to the idea it was merged into; an idea
 * that is hidden, deleted or not held by this copy counts for nothing. Gives the same answer on
 * the server (which holds hidden cards, marked) and on a phone (which does not hold them).
 */
export function ideaOf(state: WorkshopState, cardId: string): Card | null {
  let card = state.cards[cardId];
  // A chain of merges is short; the bound only guards against a corrupt loop.
  for (let hops = 0; card?.mergedInto && hops < 32; hops += 1) card = state.cards[card.mergedInto];
  if (!card || card.mergedInto || card.hidden) return null;
  return card;
}

/** A participant's dots per idea (merged duplicates added to the idea they went into). */
export function dotsOf(state: WorkshopState, phaseId: string, participantId: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [cardId, n] of Object.entries(state.dots[phaseId]?.[participantId] ?? {})) {
    const idea = ideaOf(state, cardId);
    if (idea && n > 0) out[idea.id] = (out[idea.id] ?? 0) + n;
  }
  return out;
}

export function dotsUsed(state: WorkshopState, phaseId: string, participantId: string): number {
  return Object.values(dotsOf(state, phaseId, participantId)).reduce((a, b) => a + b, 0);
}

export function votesLeft(state: WorkshopState, phaseId: string, participantId: string): number {
  const phase = state.agenda.find((p) => p.id === phaseId);
  return Math.max(0, budgetOf(phase) - dotsUsed(state, phaseId, participantId));
}

/**
 * Everyone's dots per idea, every live idea of the phase included (with 0). Only the server's
 * copy holds everyone's dots: this is what `vote.close` publishes. Someone the facilitator
 * removed is out, and so are their dots.
 */
export function tallyOf(state: WorkshopState, phaseId: string): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const card of Object.values(state.cards)) {
    if (card.phaseId === phaseId && ideaOf(state, card.id) === card) tally[card.id] = 0;
  }
  for (const participantId of Object.keys(state.dots[phaseId] ?? {})) {
    if (state.participants[participantId]?.removed) continue;
    for (const [cardId, n] of Object.entries(dotsOf(state, phaseId, participantId))) {
      if (cardId in tally) tally[cardId] = (tally[cardId] ?? 0) + n;
    }
  }
  return tally;
}
