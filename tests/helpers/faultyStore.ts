import type { StoredEvent } from "@/lib/domain";
import { StoreUnavailableError, type EventStore } from "@/server/store/eventStore";

/**
 * A store that fails on demand, around a real one: a full disk or a database that went away
 * (SQLite answers SQLITE_FULL / SQLITE_IOERR, which the real store turns into exactly this
 * error), or a slow disk that makes the server hold commands for a while.
 */
export class FaultyStore implements EventStore {
  /** "writes": appends fail (a full disk). "everything": reads fail too (the database is gone). */
  failing: null | "writes" | "everything" = null;
  /** Each append waits this long first, as on a slow disk. */
  appendDelayMs = 0;
  /** How many appends were refused while failing. */
  refused = 0;

  constructor(readonly inner: EventStore) {}

  get kind() {
    return this.inner.kind;
  }

  get shared() {
    return this.inner.shared;
  }

  async append(code: string, expectedSeq: number, events: readonly StoredEvent[]): Promise<void> {
    if (this.appendDelayMs > 0) await new Promise((r) => setTimeout(r, this.appendDelayMs));
    if (this.failing) {
      this.refused++;
      throw new StoreUnavailableError("The database cannot be written now (SQLITE_FULL)");
    }
    return this.inner.append(code, expectedSeq, events);
  }

  async load(code: string, afterSeq?: number): Promise<StoredEvent[]> {
    this.readable();
    return this.inner.load(code, afterSeq);
  }

  async remove(code: string): Promise<number> {
    this.readable();
    return this.inner.remove(code);
  }

  async idleSince(before: number): Promise<string[]> {
    this.readable();
    return this.inner.idleSince(before);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private readable(): void {
    if (this.failing === "everything") throw new StoreUnavailableError("The database cannot be read now (SQLITE_IOERR)");
  }
}
