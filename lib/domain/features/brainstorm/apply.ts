import { withControl, type Appliers } from "../../feature";
import type { WorkshopState } from "../../model";

type BrainstormEvent = "group.created" | "group.renamed" | "card.grouped" | "dot.added" | "dot.removed" | "vote.closed";

/** Moves one participant's dots on one card; an idea with none left drops out of their map. */
function moveDots(state: WorkshopState, phaseId: string, participantId: string, cardId: string, delta: number): WorkshopState {
  const byParticipant = state.dots[phaseId] ?? {};
  const { [cardId]: current = 0, ...others } = byParticipant[participantId] ?? {};
  const next = Math.max(0, current + delta);
  const mine = next > 0 ? { ...others, [cardId]: next } : others;
  return { ...state, dots: { ...state.dots, [phaseId]: { ...byParticipant, [participantId]: mine } } };
}

export const brainstormAppliers: Appliers<BrainstormEvent> = {
  "group.created": (state, e) => ({ ...state, groups: { ...state.groups, [e.groupId]: { id: e.groupId, phaseId: e.phaseId, title: e.title } } }),
  "group.renamed"(state, e) {
    const group = state.groups[e.groupId];
    return group ? { ...state, groups: { ...state.groups, [e.groupId]: { ...group, title: e.title } } } : state;
  },
  "card.grouped"(state, e) {
    const card = state.cards[e.cardId];
    return card ? { ...state, cards: { ...state.cards, [e.cardId]: { ...card, groupId: e.groupId } } } : state;
  },
  // Only the server and the voter receive these while the vote is open.
  "dot.added": (state, e) => moveDots(state, e.phaseId, e.participantId, e.cardId, 1),
  "dot.removed": (state, e) => moveDots(state, e.phaseId, e.participantId, e.cardId, -1),
  "vote.closed": (state, e) => ({
    ...withControl(state, e.phaseId, { voteClosed: true }),
    dotTallies: { ...state.dotTallies, [e.phaseId]: e.tally },
  }),
};
