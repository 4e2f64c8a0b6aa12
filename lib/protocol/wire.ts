import type { EventOf, SeqEvent } from "@/lib/domain";

/**
 * A `card.added` as it travels: the values in a fixed order, without their names. It is the event
 * that grows with the room: in a kick-off every phone receives every card (2,000 × 2,000 of
 * them), and as an object each one was ~215 bytes, two thirds of them the names of its fields.
 * As this tuple it is ~90. Every other event travels as it is, an object (they are few, and
 * readable that way in a browser's network panel).
 */
export type PackedCard = [
  seq: number,
  at: number,
  cardId: string,
  phaseId: string,
  authorId: string | null,
  teamId: string,
  text: string,
  column: string | null,
  aboutTeamId: string | null,
  anonymous: boolean,
];

/** An event of a `workshop:events` batch or a sync's answer, as sent. */
export type WireEvent = SeqEvent | PackedCard;

type CardAdded = EventOf<"card.added">;

/** For sending: each `card.added` as a tuple, the rest unchanged. */
export function pack(events: readonly SeqEvent[]): WireEvent[] {
  return events.map(packEvent);
}

export function packEvent(e: SeqEvent): WireEvent {
  return e.event.type === "card.added" ? packCard(e.seq, e.at, e.event) : e;
}

function packCard(seq: number, at: number, c: CardAdded): PackedCard {
  return [seq, at, c.cardId, c.phaseId, c.authorId, c.teamId, c.text, c.column, c.aboutTeamId, c.anonymous];
}

/** On receipt: the events as the domain knows them. */
export function unpack(events: readonly WireEvent[]): SeqEvent[] {
  return events.map((e) => (Array.isArray(e) ? unpackCard(e) : e));
}

function unpackCard([seq, at, cardId, phaseId, authorId, teamId, text, column, aboutTeamId, anonymous]: PackedCard): SeqEvent {
  return { seq, at, event: { type: "card.added", cardId, phaseId, authorId, teamId, text, column, aboutTeamId, anonymous } };
}
