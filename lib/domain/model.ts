/**
 * The shape of a workshop once its events are folded. Plain data, so it can cross the wire.
 *
 * The server's copy holds everything. A client's copy is the projection it may see (`viewFor`):
 * no secrets, no anonymous authors but its own, no private cards of others before the reveal,
 * no one else's ballots — only the tallies it may see.
 */
import type { Language } from "../i18n/languages";
import type { CatchUp } from "./features/catchup/model";
import type { Phase } from "./phases";

export type { Phase, PhaseKind, PhaseOptions } from "./phases";

export interface Team {
  id: string;
  name: string;
}

export interface Participant {
  id: string;
  name: string;
  teamId: string;
  joinedAt: number;
  /** Removed by the facilitator: kept so their cards still name a team, but they are out. */
  removed: boolean;
}

/**
 * A written card. The same shape serves every phase where people write: "changes around us",
 * the perspective and self-view cards, brainstorm ideas.
 */
export interface Card {
  id: string;
  phaseId: string;
  /** `null` in every copy but the author's when the card is anonymous. */
  authorId: string | null;
  /** The author's team at the time of writing. */
  teamId: string;
  text: string;
  /** A column or category of the phase (`strengths` / `challenges` in perspective phases). */
  column: string | null;
  /** Perspective phases: the team the card is about (another team's, or the author's own). */
  aboutTeamId: string | null;
  /** Brainstorm phases: the group of similar ideas it was moved to. */
  groupId: string | null;
  anonymous: boolean;
  createdAt: number;
  editedAt: number | null;
  hidden: boolean;
  /** Merged into another card as a duplicate: out of every list, counted on the other card. */
  mergedInto: string | null;
  /** The sequence number of the event that created it: the order everyone sees. */
  seq: number;
}

export interface IdeaGroup {
  id: string;
  phaseId: string;
  title: string;
}

export type ReactionKind = "recognised" | "surprised";

export type BeliefCause = "unexplained" | "not-consulted" | "expertise-unused" | "other";
export type BeliefVote = "agree" | "partly" | "disagree";

export interface BeliefReply {
  id: string;
  authorId: string;
  teamId: string;
  text: string;
  at: number;
}

export interface Belief {
  id: string;
  phaseId: string;
  /** Never leaves the server except to the author: beliefs are anonymous. */
  authorId: string | null;
  /** The team the belief is about, or `null` for "everyone". */
  aboutTeamId: string | null;
  cause: BeliefCause;
  text: string;
  replies: BeliefReply[];
  hidden: boolean;
  seq: number;
}

export interface Metric {
  name: string;
  baseline: string;
  target: string;
}

export type AgreementKind = "agreement" | "carry-over";

export interface Agreement {
  id: string;
  phaseId: string;
  kind: AgreementKind;
  what: string;
  ownerTeamId: string;
  ownerName: string;
  buddyTeamId: string | null;
  buddyName: string;
  /** ISO dates (YYYY-MM-DD): a day in the calendar, not an instant. */
  dueDate: string;
  reviewDate: string;
  metric: Metric;
  legalCheck: { needed: boolean; note: string };
  /** The idea it was made from, if any. */
  fromCardId: string | null;
  endorsedBy: string[];
  /** Follow-up after the day: where it stands, the last measured value ("" until measured). */
  status: AgreementStatus;
  measured: string;
  /** Every follow-up update, oldest first: the history the report shows. */
  progress: ProgressUpdate[];
  /** Carried over from an earlier workshop for review, if it was. */
  carriedFrom: { code: string; title: string } | null;
  seq: number;
}

export type AgreementStatus = "not-started" | "on-track" | "at-risk" | "done";

export interface ProgressUpdate {
  at: number;
  status: AgreementStatus;
  measured: string;
  note: string;
  /** Who made it: the facilitator, or the owner through their edit link. */
  by: "facilitator" | "owner";
}

/** Counts of answers 1–5 (index 0 is the count of 1s). */
export type Distribution = [number, number, number, number, number];

/** The room's running timer: counted down locally by every client, never ticked on the wire. */
export interface Timer {
  phaseId: string;
  durationMs: number;
  /** When it was (re)started, on the server's clock; `null` while paused. */
  startedAt: number | null;
  /** What was left when it was last paused or started. */
  remainingMs: number;
}

export type SpotlightRef = { kind: "card" | "belief" | "agreement"; id: string };

/** What the facilitator controls per phase, beyond which phase the room is in. */
export interface PhaseControl {
  locked: boolean;
  /** Private writing: others' cards are not sent to anyone but their author until revealed. */
  revealed: boolean;
  /** Brainstorm: dot votes stay blind until the vote is closed. */
  voteClosed: boolean;
  /** Mirror: the team on show. */
  mirrorTeamId: string | null;
  /** Who pressed "I'm done". */
  done: string[];
}

/** What only the server holds: hashes of the secrets that prove who someone is. */
export interface Secrets {
  facilitatorTokenHash: string;
  coFacilitatorTokenHashes: string[];
  participantByTokenHash: Record<string, string>;
  /** Read-only report links for colleagues who were not there. */
  shareTokenHashes: string[];
  /** An owner's edit link → the agreement it may update. */
  editLinks: Record<string, string>;
}

/**
 * An answer or vote with the team it was given for. Someone moved to another team later keeps
 * their answers counted where they gave them: moving the counts would show everyone, from the
 * tallies, exactly how that person answered. A changed answer is taken back from that team.
 */
export interface Ballot<V> {
  value: V;
  teamId: string;
}

export interface WorkshopState {
  code: string;
  title: string;
  /** The workshop's default language, set by the facilitator: everyone sees it. */
  language: Language;
  createdAt: number;
  /** The sequence number of the last event folded in. */
  seq: number;
  teams: Team[];
  agenda: Phase[];
  currentPhaseId: string;
  controls: Record<string, PhaseControl>;
  timer: Timer | null;
  spotlight: SpotlightRef | null;
  endedAt: number | null;
  participants: Record<string, Participant>;
  cards: Record<string, Card>;
  groups: Record<string, IdeaGroup>;
  /** Perspective phases: phaseId → participantId → the team they write as. */
  assignments: Record<string, Record<string, string>>;
  /** cardId → participantId → reaction. */
  reactions: Record<string, Record<string, ReactionKind>>;
  beliefs: Record<string, Belief>;
  /**
   * beliefId → participantId → vote, and the team it is counted for: the voter's team when they
   * voted. A client holds only its own.
   */
  beliefBallots: Record<string, Record<string, Ballot<BeliefVote>>>;
  /** beliefId → voter's teamId → counts. Public. */
  beliefTallies: Record<string, Record<string, Record<BeliefVote, number>>>;
  /** phaseId → participantId → cardId → dots. A client holds only its own. */
  dots: Record<string, Record<string, Record<string, number>>>;
  /** phaseId → cardId → dots: only once the vote is closed. */
  dotTallies: Record<string, Record<string, number>>;
  /** phaseId → participantId → questionId → 1..5 and the team it is counted for. A client holds only its own. */
  pulseAnswers: Record<string, Record<string, Record<string, Ballot<number>>>>;
  /** phaseId → questionId → teamId → distribution. Public. */
  pulseTallies: Record<string, Record<string, Record<string, Distribution>>>;
  agreements: Record<string, Agreement>;
  /** The catch-up for absent colleagues, once opened: on the server only, never in a client's view. */
  catchup?: CatchUp;
  /** Present on the server only; every view sent to a client has `null` here. */
  secrets: Secrets | null;
}
