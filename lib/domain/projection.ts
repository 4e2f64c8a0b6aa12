import type { DomainEvent, EventType, SeqEvent } from "./events";
import { viewerId, type Redactors, type ViewRule } from "./feature";
import { cardRedactors, cardView } from "./features/cards/project";
import { catchUpRedactors, catchUpView } from "./features/catchup/project";
import { controlRedactors } from "./features/controls/project";
import { beliefRedactors, beliefView } from "./features/beliefs/project";
import { brainstormRedactors } from "./features/brainstorm/project";
import { pulseRedactors } from "./features/pulse/project";
import { cofacilitatorRedactors } from "./features/cofacilitators/project";
import { followUpRedactors } from "./features/followup/project";
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
  | { kind: "participants"; except: readonly string[] }
  | { kind: "participant"; participantId: string };

export interface Delivery {
  to: Audience;
  event: SeqEvent;
}

/** Keeps only the viewer's own entries of a participantId-keyed map (ballots, answers, dots). */
function ownOnly<T>(byKey: Record<string, Record<string, T>>, me: string | null) {
  return Object.fromEntries(
    Object.entries(byKey).map(([key, byParticipant]) => [
      key,
      me !== null && byParticipant[me] !== undefined ? { [me]: byParticipant[me] } : {},
    ]),
  ) as Record<string, Record<string, T>>;
}

const VIEW_RULES: readonly ViewRule[] = [
  cardView,
  // Ballots, answers and dots: each person holds only their own; tallies are separate and public.
  (state, viewer) => ({
    beliefBallots: ownOnly(state.beliefBallots, viewerId(viewer)),
    pulseAnswers: ownOnly(state.pulseAnswers, viewerId(viewer)),
    // Dots: no entry at all for a phase one has not voted in, as the blind events leave it.
    dots: Object.fromEntries(Object.entries(ownOnly(state.dots, viewerId(viewer))).filter(([, mine]) => Object.keys(mine).length > 0)),
  }),
  beliefView,
  catchUpView,
];

/** The state as a viewer may hold it: no secrets, and nothing the viewer may not see. */
export function viewFor(state: WorkshopState, viewer: Viewer): WorkshopState {
  return VIEW_RULES.reduce<WorkshopState>((view, rule) => ({ ...view, ...rule(state, viewer) }), { ...state, secrets: null });
}

const REDACTORS: Redactors<EventType> = {
  "workshop.created"({ facilitatorTokenHash: _secret, ...visible }) {
    return visible;
  },
  "participant.joined"({ tokenHash: _secret, ...visible }) {
    return visible;
  },
  ...cardRedactors,
  ...controlRedactors,
  ...beliefRedactors,
  ...pulseRedactors,
  ...brainstormRedactors,
  ...cofacilitatorRedactors,
  ...followUpRedactors,
  ...catchUpRedactors,
};

/** The copy of one event a viewer may receive. `stateAfter` is the server's state once applied. */
export function redactEvent(stored: SeqEvent, stateAfter: WorkshopState, viewer: Viewer): SeqEvent {
  return { seq: stored.seq, at: stored.at, event: redactedFor(stored.event, stateAfter, viewer) };
}

function redactedFor(event: DomainEvent, stateAfter: WorkshopState, viewer: Viewer): DomainEvent {
  const rule = REDACTORS[event.type] as ((e: DomainEvent, s: WorkshopState, v: Viewer) => DomainEvent) | undefined;
  return rule ? rule(event, stateAfter, viewer) : event;
}

/** The participant whose own copy of an event may differ from everyone else's. */
function ownerOf(event: DomainEvent, stateAfter: WorkshopState): string | null {
  if ("authorId" in event && typeof event.authorId === "string") return event.authorId;
  if ("participantId" in event && typeof event.participantId === "string") return event.participantId;
  // An edit or unhide of a private or anonymous card: its author holds it when others may not.
  if ("cardId" in event && typeof event.cardId === "string") return stateAfter.cards[event.cardId]?.authorId ?? null;
  // Likewise a hidden belief coming back: only its author may learn it is theirs.
  if ("beliefId" in event && typeof event.beliefId === "string") return stateAfter.beliefs[event.beliefId]?.authorId ?? null;
  return null;
}

/** The audiences of most deliveries, one object each rather than one per event. */
const FACILITATOR: Audience = Object.freeze({ kind: "facilitator" });
const SCREEN: Audience = Object.freeze({ kind: "screen" });
const EVERY_PARTICIPANT: Audience = Object.freeze({ kind: "participants", except: Object.freeze([]) });

/** The same content: a redactor's copy shares every field it did not change with the event. */
function sameContent(a: DomainEvent, b: DomainEvent): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/**
 * Fans one stored event out by audience: each audience's copy is projected once, whatever the
 * number of sockets in it; the one participant whose copy differs (the author of an anonymous
 * card, a voter) gets a delivery of their own and is left out of the shared one.
 *
 * Audiences whose copies are alike get the same object: the transport packs and sends it once to
 * all of them, and the history keeps it once (server/rooms/history.ts). Only three fields travel:
 * a stored event also says who did it, which an anonymous card's edit must not tell.
 */
export function deliveries(stored: SeqEvent, stateAfter: WorkshopState): Delivery[] {
  const plain: SeqEvent = { seq: stored.seq, at: stored.at, event: stored.event };
  const shared = copyOf(stored, redactedFor(stored.event, stateAfter, { role: "participant", participantId: null }), plain);
  // Where a redactor hands back the event it was given, or a copy alike to another audience's
  // (an anonymous card is nameless to the facilitator, the screen and the other phones alike).
  const copyFor = (viewer: Viewer): SeqEvent => {
    const event = redactedFor(stored.event, stateAfter, viewer);
    return sameContent(event, shared.event) ? shared : copyOf(stored, event, plain);
  };
  const out: Delivery[] = [
    { to: FACILITATOR, event: copyFor({ role: "facilitator" }) },
    { to: SCREEN, event: copyFor({ role: "screen" }) },
  ];
  const owner = ownerOf(stored.event, stateAfter);
  const own = owner === null ? shared : copyFor({ role: "participant", participantId: owner });
  // A copy rebuilt with nested parts of its own may still hold the same: compared in full.
  if (owner === null || own === shared || JSON.stringify(own.event) === JSON.stringify(shared.event)) {
    out.push({ to: EVERY_PARTICIPANT, event: shared });
    return out;
  }
  out.push({ to: { kind: "participants", except: [owner] }, event: shared });
  out.push({ to: { kind: "participant", participantId: owner }, event: own });
  return out;
}

/** A copy of a stored event with the content a viewer may hold: `plain` when it is the event itself. */
function copyOf(stored: SeqEvent, event: DomainEvent, plain: SeqEvent): SeqEvent {
  return event === stored.event ? plain : { seq: stored.seq, at: stored.at, event };
}
