import type { Delivery } from "@/lib/domain";
import { roomOf, rooms } from "./audiences";
import type { OnsideServer } from "./types";

/**
 * How long a broadcast may wait for more, per socket in its workshop. A broadcast costs a write
 * per socket: a workshop of 2,000 phones posting together would otherwise flush on every turn of
 * the event loop, each flush 2,000 writes, until the writes alone took all the server's time (and
 * every phone parsed a message per flush). Waiting in proportion to the audience keeps that cost
 * in bounds: 50 ms at 2,000 sockets, 2.5 ms at 100, nothing below 40, where a flush is cheap.
 */
const WAIT_PER_SOCKET_MS = 0.025;
const MAX_WAIT_MS = 50;

interface Outgoing {
  pending: Delivery[];
  /** Set while a flush has just gone out: more waits until it ends. */
  cooling: NodeJS.Timeout | null;
}

/**
 * Sends events to their audiences, coalesced: all events produced in one turn of the event loop
 * leave as one message per audience instead of one per event, and in a large workshop that has
 * just been sent something, those of the next few milliseconds too. Runs of events with the same
 * audiences are kept together so no socket ever receives them out of order.
 */
export class Broadcaster {
  private readonly workshops = new Map<string, Outgoing>();
  private due = new Set<string>();
  private scheduled = false;

  constructor(private readonly io: OnsideServer) {}

  publish = (code: string, batch: Delivery[]): void => {
    let out = this.workshops.get(code);
    if (!out) {
      out = { pending: [], cooling: null };
      this.workshops.set(code, out);
    }
    out.pending.push(...batch);
    if (out.cooling) return;
    this.due.add(code);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  };

  /** Sends everything held back now (the server is stopping). */
  flushAll(): void {
    for (const [code, out] of this.workshops) {
      if (out.cooling) clearTimeout(out.cooling);
      out.cooling = null;
      this.sendNow(code);
    }
  }

  private flush = (): void => {
    this.scheduled = false;
    const due = this.due;
    this.due = new Set();
    for (const code of due) this.sendNow(code);
  };

  private sendNow(code: string): void {
    const out = this.workshops.get(code);
    if (!out) return;
    const batch = out.pending;
    out.pending = [];
    if (batch.length > 0) this.send(code, batch);
    const wait = Math.min(MAX_WAIT_MS, (this.io.sockets.adapter.rooms.get(rooms.everyone(code))?.size ?? 0) * WAIT_PER_SOCKET_MS);
    if (batch.length === 0 || wait < 1) {
      this.workshops.delete(code);
      return;
    }
    out.cooling = setTimeout(() => {
      out.cooling = null;
      this.sendNow(code);
    }, wait);
  }

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
