import type { Collections } from "@/server/benchMetrics";
import type { HistogramData } from "./histogram";

/** Which server the phones talk to: Onside, or the bare Socket.IO yardstick. */
export type ServerKind = "onside" | "bare";

/** One simulated phone, as the bench hands it to a load generator. */
export interface PhoneSpec {
  /** Its place in its workshop (0…n-1): its cards carry it, so every phone knows whose a card is. */
  local: number;
  code: string;
  teamId: string;
  token: string;
  transport: "websocket" | "polling";
}

/** What the bench tells a load generator (a child process) to do. Each gets one answer. */
export type Order =
  | { type: "init"; kind: ServerKind; url: string; phones: PhoneSpec[]; cardsPerPhone: number; sharedDecode: boolean }
  /** Connect (and for Onside, join) every phone, spread evenly at this rate. */
  | { type: "connect"; perSecond: number }
  /** Every phone posts one card at a moment of its own in [at, at + windowMs) (epoch ms). */
  | { type: "burst"; at: number; windowMs: number }
  /** Every phone posts a card every minGapMs–maxGapMs, from `at` for durationMs. */
  | { type: "steady"; at: number; durationMs: number; minGapMs: number; maxGapMs: number }
  /** Commands sent and not yet answered. */
  | { type: "pending" }
  /** Forget the latencies measured so far (those of joining). */
  | { type: "reset" }
  | { type: "stats" }
  /** Which of the acknowledged cards each phone lacks; with `seqs`, whether each phone holds that seq. */
  | { type: "check"; acked: Record<string, number[]>; seqs?: Record<string, number>; requireCards: boolean }
  | { type: "close" };

export interface Stats {
  ack: HistogramData;
  fanout: HistogramData;
  ackPolling: HistogramData;
  fanoutPolling: HistogramData;
  sent: number;
  acked: number;
  /** Answered with a refusal that is not worth sending again. */
  refused: Record<string, number>;
  /** Cards by workshop, as indexes (local × cardsPerPhone + n), that their author saw acknowledged. */
  ackedCards: Record<string, number[]>;
  /** The same card received twice by one phone. */
  duplicateCards: number;
  /** The same event (seq) delivered twice to one phone. */
  duplicateEvents: number;
  /** Events that arrived with a seq missing before them (the phone asked for the rest). */
  gaps: number;
  snapshots: number;
  connectErrors: number;
  reconnects: number;
  /** What the phones received, as Socket.IO packets (characters, in MB). */
  receivedMb: number;
  /** The same, by kind of message: an event's name, or "acks". */
  receivedByKindMb: Record<string, number>;
  /** How many of those packets were events (messages from the server, not answers). */
  receivedEvents: number;
  /** The generator's own collector pauses since the stretch began: every phone it holds waits through them. */
  gc: Collections;
}

export interface CheckResult {
  /** (phone, card) pairs: a card acknowledged to its author that this phone does not hold. */
  missing: number;
  phonesMissing: number;
  /**
   * Phones that are connected, whose copy ends at the server's last seq (when given) and, with
   * `requireCards`, that hold every acknowledged card of their workshop.
   */
  inSync: number;
  phones: number;
  /** When the last of the phones in sync got there (its last event or acknowledgement), epoch ms. */
  lastSyncAt: number;
  /** When each phone in sync got there, epoch ms. */
  syncedAt: number[];
  /** When each phone that lost its connection had it again, epoch ms. */
  reconnectedAt: number[];
}

export type Answer =
  | { type: "ready" }
  | { type: "connected"; ready: number; failed: number; join: HistogramData; elapsedMs: number }
  | { type: "done"; pending: number }
  | { type: "pending"; pending: number }
  | { type: "ok" }
  | { type: "stats"; stats: Stats }
  | { type: "check"; result: CheckResult };
