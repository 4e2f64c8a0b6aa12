import type { SeqEvent } from "@/lib/domain";

/**
 * A participant's own copies of events (`workshop:own`), held until the shared batch they belong
 * to comes. A kick-off's burst is hundreds of anonymous cards at once, each with an author whose
 * copy names them: the server sends every phone the shared batch and each author, just before it,
 * only their own copies, instead of a batch of their own with everything in it.
 */
export class OwnCopies {
  private readonly bySeq = new Map<number, SeqEvent>();

  hold(events: readonly SeqEvent[]): void {
    for (const e of events) this.bySeq.set(e.seq, e);
  }

  /**
   * The copy of `e` to apply: one's own, if one is held for it. Both copies of an event carry its
   * `seq` and `at`; a copy held for the same `seq` at another time belongs to another log (the
   * server's data restored from an older copy) and is dropped.
   */
  resolve(e: SeqEvent): SeqEvent {
    const own = this.bySeq.get(e.seq);
    if (!own) return e;
    this.bySeq.delete(e.seq);
    return own.at === e.at ? own : e;
  }

  /** Drops the copies of events one already holds (a sync's answer brought them instead). */
  forget(upTo: number): void {
    for (const seq of this.bySeq.keys()) if (seq <= upTo) this.bySeq.delete(seq);
  }
}
