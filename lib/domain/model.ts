/** The shape of a workshop once its events are folded. Plain data, so it can cross the wire. */

export interface Team {
  id: string;
  name: string;
}

/** Phase kinds are building blocks; the agenda composes them. */
export type PhaseKind = "lobby" | "cards" | "info";

export interface Phase {
  id: string;
  kind: PhaseKind;
  title: string;
  prompt: string;
}

export interface Participant {
  id: string;
  name: string;
  teamId: string;
  joinedAt: number;
}

export interface Card {
  id: string;
  phaseId: string;
  authorId: string;
  teamId: string;
  text: string;
  createdAt: number;
  editedAt: number | null;
  hidden: boolean;
  /** The sequence number of the event that created it: the order everyone sees. */
  seq: number;
}

/** What only the server holds: hashes of the secrets that prove who someone is. */
export interface Secrets {
  facilitatorTokenHash: string;
  participantByTokenHash: Record<string, string>;
}

export interface WorkshopState {
  code: string;
  title: string;
  createdAt: number;
  /** The sequence number of the last event folded in. */
  seq: number;
  teams: Team[];
  agenda: Phase[];
  currentPhaseId: string;
  participants: Record<string, Participant>;
  cards: Record<string, Card>;
  /** Present on the server only; every view sent to a client has `null` here. */
  secrets: Secrets | null;
}
