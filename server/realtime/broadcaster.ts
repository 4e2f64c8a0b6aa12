import type { Delivery } from "@/lib/domain";
import { roomOf, rooms } from "./audiences";
import type { OnsideServer } from "./types";

/**
 * Sends events to their audiences, coalesced: all events produced in one turn of the event loop
 * leave as one message per audience instead of one per event. Runs of events with the same
 * audiences are kept together so no socket ever receives them out of order.
 */
export class Broadcaster {
  private pending = new Map<string, Delivery[]>();
  private scheduled = false;

  constructor(private readonly io: OnsideServer) {}

  publish = (code: string, batch: Delivery[]): void => {
    const list = this.pending.get(code);
    if (list) list.push(...batch);
    else this.pending.set(code, [...batch]);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  };

  private flush = (): void => {
    this.scheduled = false;
    const pending = this.pending;
    this.pending = new Map();
    for (const [code, batch] of pending) this.send(code, batch);
  };

  private send(code: string, batch: Delivery[]): void {
    let run = new Map<string, Delivery[]>();
    let shape = "";
    const flushRun = () => {
      for (const copies of run.values()) this.emit(code, copies);
      run = new Map();
    };
    for (const bySeq of groupBySeq(batch)) {
      const nextShape = bySeq.map((d) => audienceKey(d)).join("|");
      if (nextShape !== shape) flushRun();
      shape = nextShape;
      for (const d of bySeq) {
        const key = audienceKey(d);
        const list = run.get(key);
        if (list) list.push(d);
        else run.set(key, [d]);
      }
    }
    flushRun();
  }

  private emit(code: string, copies: Delivery[]): void {
    const first = copies[0];
    if (!first) return;
    const events = copies.map((c) => c.event);
    const to = this.io.to(roomOf(code, first.to));
    const except = first.to.kind === "participants" ? first.to.except.map((p) => rooms.participant(code, p)) : [];
    (except.length > 0 ? to.except(except) : to).emit("workshop:events", events);
  }
}

function audienceKey({ to }: Delivery): string {
  return to.kind === "participants" ? `participants-${to.except.join(",")}` : to.kind === "participant" ? `p-${to.participantId}` : to.kind;
}

function groupBySeq(batch: Delivery[]): Delivery[][] {
  const groups: Delivery[][] = [];
  for (const d of batch) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.event.seq === d.event.seq) last.push(d);
    else groups.push([d]);
  }
  return groups;
}
