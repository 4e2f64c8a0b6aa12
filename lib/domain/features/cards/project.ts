import { moderates, type Redactors, type ViewRule } from "../../feature";
import type { Card } from "../../model";
import { cardFor } from "./visibility";

const REDACTED = { type: "redacted" } as const;

export const cardRedactors: Redactors<"card.added" | "card.edited" | "card.hidden" | "card.unhidden"> = {
  "card.added"(event, state, viewer) {
    const card = state.cards[event.cardId];
    const copy = card ? cardFor(card, state, viewer) : null;
    if (!copy) return REDACTED;
    // A named card, or the viewer is its author: nothing to hide, so the event itself.
    return copy.authorId === event.authorId ? event : { ...event, authorId: copy.authorId };
  },
  "card.edited": (event, state, viewer) => {
    const card = state.cards[event.cardId];
    return card && cardFor(card, state, viewer) ? event : REDACTED;
  },
  // For everyone but the moderators a hidden card is simply gone, as in the view.
  "card.hidden": (event, _state, viewer) => (moderates(viewer) ? event : { type: "card.deleted", cardId: event.cardId }),
  "card.unhidden"(event, state, viewer) {
    if (moderates(viewer)) return event;
    const card = state.cards[event.cardId];
    const copy = card ? cardFor(card, state, viewer) : null;
    return copy ? { ...event, card: copy } : REDACTED;
  },
};

export const cardView: ViewRule = (state, viewer) => ({
  cards: Object.fromEntries(
    Object.values(state.cards)
      .map((card) => cardFor(card, state, viewer))
      .filter((card): card is Card => card !== null)
      .map((card) => [card.id, card]),
  ),
});
