import type { Delivery, SeqEvent } from "@/lib/domain";
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

/** Missed events owed to sockets that (re)entered: the same list, once, to all that are owed it. */
interface CatchUp {
  events: SeqEvent[];
  sockets: string[];
}

interface Outgoing {
  pending: Delivery[];
  catchUps: CatchUp[];
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
    const out = this.outgoing(code);
    out.pending.push(...batch);
    this.schedule(code, out);
  };

  /**
   * What a socket missed, sent with its workshop's next flush, before the events that flush
   * carries (so it never sees a gap), and encoded once for every socket owed the same list: after
   * a restart, a kick-off's phones come back all at once, most owed the same events, and encoding
   * each one's copy on its own kept the server busy for seconds.
   */
  catchUp = (code: string, socketId: string, events: SeqEvent[]): void => {
    const out = this.outgoing(code);
    const same = out.catchUps.find((c) => sameEvents(c.events, events));
    if (same) same.sockets.push(socketId);
    else out.catchUps.push({ events, sockets: [socketId] });
    this.schedule(code, out);
  };

  private outgoing(code: string): Outgoing {
    let out = this.workshops.get(code);
    if (!out) {
      out = { pending: [], catchUps: [], cooling: null };
      this.workshops.set(code, out);
    }
    return out;
  }

  private schedule(code: string, out: Outgoing): void {
    if (out.cooling) return;
    this.due.add(code);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

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
    const catchUps = out.catchUps;
    out.pending = [];
    out.catchUps = [];
    // Sockets here are this server's own: no other server needs to hear of these.
    for (const c of catchUps) this.io.local.to(c.sockets).emit("workshop:events", c.events);
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

/** The same copies of the same events: shared copies are the same objects for every participant. */
function sameEvents(a: SeqEvent[], b: SeqEvent[]): boolean {
  return a.length === b.length && a[0] === b[0] && a.every((e, i) => e === b[i]);
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
