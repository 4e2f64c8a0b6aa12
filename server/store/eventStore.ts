import type { StoredEvent } from "@/lib/domain";

/**
 * Where workshops live: one append-only log per workshop. `append` succeeds only if the log
 * still ends at `expectedSeq`, so two writers can never fork a log; it resolves only once the
 * events are durable.
 */
export interface EventStore {
  readonly kind: "sqlite" | "postgres";
  /**
   * Other processes append to the same logs (several servers on one database): a room must catch
   * up with the log before it decides, and what it reads back it folds without sending again.
   */
  readonly shared?: boolean;
  append(code: string, expectedSeq: number, events: readonly StoredEvent[]): Promise<void>;
  /** Events after `afterSeq`, in order; an empty list for an unknown workshop. */
  load(code: string, afterSeq?: number): Promise<StoredEvent[]>;
  /** Deletes every row of a workshop; resolves with how many events it had (0 if none). */
  remove(code: string): Promise<number>;
  /** The workshops whose last event happened before `before` (ms since the epoch). */
  idleSince(before: number): Promise<string[]>;
  close(): Promise<void>;
}

/** Someone else appended first: catch up and decide again. */
export class ConflictError extends Error {}

/** The store cannot take writes or reads now (disk full, database gone). Nothing was changed. */
export class StoreUnavailableError extends Error {}

/** A stored event no longer parses: that workshop cannot be served, the others can. */
export class CorruptLogError extends Error {}
