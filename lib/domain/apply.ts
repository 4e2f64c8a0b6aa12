import { assertNever } from "./actor";
import type { SeqEvent } from "./events";
import type { WorkshopState } from "./model";

/**
 * Folds one event into the state. Pure and total over the events a client may receive (redacted
 * ones included), so the server and every client run the very same code.
 */
export function apply(state: WorkshopState | null, { seq, at, event }: SeqEvent): WorkshopState {
  if (event.type === "workshop.created") {
    return {
      code: event.code,
      title: event.title,
      createdAt: at,
      seq,
      teams: event.teams,
      agenda: event.agenda,
      currentPhaseId: event.agenda[0]!.id,
      participants: {},
      cards: {},
      secrets: event.facilitatorTokenHash
        ? { facilitatorTokenHash: event.facilitatorTokenHash, participantByTokenHash: {} }
        : null,
    };
  }
  if (!state) throw new Error(`Event ${seq} (${event.type}) arrived before the workshop was created`);
  const next: WorkshopState = { ...state, seq };

  switch (event.type) {
    case "participant.joined": {
      next.participants = {
        ...state.participants,
        [event.participantId]: {
          id: event.participantId,
          name: event.name,
          teamId: event.teamId,
          joinedAt: at,
        },
      };
      if (state.secrets && event.tokenHash) {
        next.secrets = {
          ...state.secrets,
          participantByTokenHash: {
            ...state.secrets.participantByTokenHash,
            [event.tokenHash]: event.participantId,
          },
        };
      }
      return next;
    }
    case "card.added":
      next.cards = {
        ...state.cards,
        [event.cardId]: {
          id: event.cardId,
          phaseId: event.phaseId,
          authorId: event.authorId,
          teamId: event.teamId,
          text: event.text,
          createdAt: at,
          editedAt: null,
          hidden: false,
          seq,
        },
      };
      return next;
    case "card.edited":
      return patchCard(next, event.cardId, { text: event.text, editedAt: at });
    case "card.deleted": {
      const { [event.cardId]: _deleted, ...rest } = state.cards;
      next.cards = rest;
      return next;
    }
    case "card.hidden":
      return patchCard(next, event.cardId, { hidden: true });
    case "card.unhidden":
      if (event.card && !state.cards[event.cardId]) {
        next.cards = { ...state.cards, [event.cardId]: { ...event.card, hidden: false } };
        return next;
      }
      return patchCard(next, event.cardId, { hidden: false });
    case "phase.changed":
      next.currentPhaseId = event.phaseId;
      return next;
    case "redacted":
      return next;
    default:
      return assertNever(event);
  }
}

/** Changes one card if this copy of the state holds it (an audience may never have seen it). */
function patchCard(
  state: WorkshopState,
  cardId: string,
  patch: Partial<WorkshopState["cards"][string]>,
): WorkshopState {
  const card = state.cards[cardId];
  if (!card) return state;
  return { ...state, cards: { ...state.cards, [cardId]: { ...card, ...patch } } };
}

export function fold(events: readonly SeqEvent[], from: WorkshopState | null = null): WorkshopState {
  const state = events.reduce<WorkshopState | null>(apply, from);
  if (!state) throw new Error("An event log must start with workshop.created");
  return state;
}
