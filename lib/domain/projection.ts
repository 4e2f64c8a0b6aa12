import { assertNever } from "./actor";
import type { DomainEvent, SeqEvent } from "./events";
import type { WorkshopState } from "./model";

/**
 * Who is looking. A participant with `participantId: null` is "any other participant": the view
 * that all of them share, computed once per event rather than once per phone.
 */
export type Viewer =
  | { role: "facilitator" }
  | { role: "screen" }
  | { role: "participant"; participantId: string | null };

/** Who receives a delivery; the transport maps each audience to one broadcast group. */
export type Audience =
  | { kind: "facilitator" }
  | { kind: "screen" }
  /** Every participant, less those listed, who get a delivery of their own. */
  | { kind: "participants"; except: string[] }
  | { kind: "participant"; participantId: string };

export interface Delivery {
  to: Audience;
  event: SeqEvent;
}

const seesEverything = (viewer: Viewer) => viewer.role === "facilitator";

/** The state as a viewer may hold it: no secrets, no hidden cards unless they moderate. */
export function viewFor(state: WorkshopState, viewer: Viewer): WorkshopState {
  const cards = seesEverything(viewer)
    ? state.cards
    : Object.fromEntries(Object.entries(state.cards).filter(([, card]) => !card.hidden));
  return { ...state, cards, secrets: null };
}

/** The copy of one event a viewer may receive. `stateAfter` is the server's state once applied. */
export function redactEvent(stored: SeqEvent, stateAfter: WorkshopState, viewer: Viewer): SeqEvent {
  const { seq, at } = stored;
  return { seq, at, event: redact(stored.event, stateAfter, viewer) };
}

const REDACTED: DomainEvent = { type: "redacted" };

function redact(event: DomainEvent, state: WorkshopState, viewer: Viewer): DomainEvent {
  switch (event.type) {
    case "workshop.created": {
      const { facilitatorTokenHash: _secret, ...visible } = event;
      return visible;
    }
    case "participant.joined": {
      const { tokenHash: _secret, ...visible } = event;
      return visible;
    }
    case "card.edited":
      return !seesEverything(viewer) && state.cards[event.cardId]?.hidden ? REDACTED : event;
    case "card.hidden":
      // For everyone but the moderators a hidden card is simply gone, as in `viewFor`.
      return seesEverything(viewer) ? event : { type: "card.deleted", cardId: event.cardId };
    case "card.unhidden": {
      // Audiences that dropped the card when it was hidden need it back whole.
      const card = state.cards[event.cardId];
      return seesEverything(viewer) || !card ? event : { ...event, card };
    }
    case "card.added":
    case "card.deleted":
    case "phase.changed":
    case "redacted":
      return event;
    default:
      return assertNever(event);
  }
}

const AUDIENCES: readonly { to: Audience; viewer: Viewer }[] = [
  { to: { kind: "facilitator" }, viewer: { role: "facilitator" } },
  { to: { kind: "screen" }, viewer: { role: "screen" } },
  { to: { kind: "participants", except: [] }, viewer: { role: "participant", participantId: null } },
];

/**
 * Fans one stored event out by audience: each audience's copy is projected once, whatever the
 * number of sockets in it.
 */
export function deliveries(stored: SeqEvent, stateAfter: WorkshopState): Delivery[] {
  return AUDIENCES.map(({ to, viewer }) => ({ to, event: redactEvent(stored, stateAfter, viewer) }));
}
