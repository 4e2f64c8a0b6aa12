import type { Appliers } from "../../feature";
import type { Card, WorkshopState } from "../../model";
import { withEntry } from "../../records";

type CardEvent = "card.added" | "card.edited" | "card.deleted" | "card.hidden" | "card.unhidden" | "card.merged" | "card.reacted";

/** Changes one card if this copy of the state holds it (an audience may never have seen it). */
function patchCard(state: WorkshopState, cardId: string, patch: Partial<Card>): WorkshopState {
  const card = state.cards[cardId];
  if (!card) return state;
  return { ...state, cards: withEntry(state.cards, cardId, { ...card, ...patch }) };
}

export const cardAppliers: Appliers<CardEvent> = {
  "card.added": (state, e, { seq, at }) => ({
    ...state,
    cards: withEntry(state.cards, e.cardId, {
      id: e.cardId,
      phaseId: e.phaseId,
      authorId: e.authorId,
      teamId: e.teamId,
      text: e.text,
      column: e.column,
      aboutTeamId: e.aboutTeamId,
      groupId: null,
      anonymous: e.anonymous,
      createdAt: at,
      editedAt: null,
      hidden: false,
      mergedInto: null,
      seq,
    }),
  }),
  "card.edited": (state, e, { at }) => patchCard(state, e.cardId, { text: e.text, editedAt: at }),
  "card.deleted"(state, e) {
    const { [e.cardId]: _deleted, ...rest } = state.cards;
    return { ...state, cards: rest };
  },
  "card.hidden": (state, e) => patchCard(state, e.cardId, { hidden: true }),
  "card.unhidden"(state, e) {
    if (e.card && !state.cards[e.cardId]) return { ...state, cards: { ...state.cards, [e.cardId]: { ...e.card, hidden: false } } };
    return patchCard(state, e.cardId, { hidden: false });
  },
  "card.merged"(state, e) {
    const next = patchCard(state, e.cardId, { mergedInto: e.intoCardId });
    // Its own duplicates follow it, so a merged card always points at one still on the wall.
    const followers = Object.values(next.cards).filter((c) => c.mergedInto === e.cardId);
    return followers.reduce((s, c) => patchCard(s, c.id, { mergedInto: e.intoCardId }), next);
  },
  "card.reacted"(state, e) {
    const { [e.participantId]: _previous, ...others } = state.reactions[e.cardId] ?? {};
    const next = e.reaction ? { ...others, [e.participantId]: e.reaction } : others;
    return { ...state, reactions: { ...state.reactions, [e.cardId]: next } };
  },
};
