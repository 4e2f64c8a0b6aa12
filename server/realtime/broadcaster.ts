import type { Delivery, SeqEvent } from "@/lib/domain";
import { packEvent, type WireEvent } from "@/lib/protocol/wire";
import { eventsSent, timing } from "../benchMetrics";
import { rooms } from "./audiences";
import { eventsFor, type Send } from "./eventsOut";
import { dispatch, type Dispatch } from "./slices";
import type { OnsideServer } from "./types";

/**
 * How long a broadcast may wait for more, per socket in its workshop. A broadcast costs a write
 * per socket (about 10 µs of the kernel's time each, measured), and each write is a frame every
 * phone has to read: a workshop of 2,000 phones posting together would otherwise flush on every
 * turn of the event loop, each flush 2,000 writes, until the writes alone took all the server's
 * time. Waiting in proportion to the audience keeps that cost in bounds: 200 ms at 2,000
 * sockets, 10 ms at 100, nothing below 40, where a flush is cheap and a room expects each card
 * at once. The first broadcast after a quiet moment never waits; only the ones that follow it.
 *
 * Measured at 2,000 phones (bench (a) and (d), back to back): at 0.025 ms per socket (50 ms at
 * most) a kick-off's fan-out p99 was 2.6-3.5 s and the crash's phones were in sync 16.5 s after
 * the restart; at 0.1 (200 ms) 1.6-1.9 s and 9.2 s; at 0.2 (400 ms) 2.3 s and 8.9 s.
 */
const WAIT_PER_SOCKET_MS = 0.1;
const MAX_WAIT_MS = 200;
const WAIT_FROM_SOCKETS = 40;

/** Missed events owed to sockets that (re)entered: the same list, once, to all that are owed it. */
interface CatchUp {
  events: SeqEvent[];
  sockets: string[];
}

interface Outgoing {
  pending: Delivery[];
  /** When each published batch in `pending` was handed over (bench metrics only). */
  publishedAt: number[];
  catchUps: CatchUp[];
  /** Set while a flush is going out (slices.ts), then while it has just gone out: more waits until both end. */
  sending: Dispatch | null;
  cooling: NodeJS.Timeout | null;
}

/**
 * Sends events to their audiences, coalesced: all events produced in one turn of the event loop
 * leave as one message per audience instead of one per event, and in a large workshop that has
 * just been sent something, those of the next few milliseconds too. In a small workshop, a
 * command's events leave on the tick after its answer (`answered`). Every socket receives a flush's
 * events in `seq` order, in one message.
 */
export class Broadcaster {
  private readonly workshops = new Map<string, Outgoing>();
  /** Each event packed for the flush being built (`wire`), emptied once it is built. */
  private readonly packed = new Map<SeqEvent, WireEvent>();
  private due = new Set<string>();
  private scheduled = false;
  private stopping = false;

  /**
   * `alone`: this server is the only one, so every event reaches its sockets through it: a flush
   * may go out in slices (slices.ts), and a catch-up may leave to a flush what came after it.
   */
  constructor(
    private readonly io: OnsideServer,
    private readonly alone = false,
  ) {}

  publish = (code: string, batch: Delivery[]): void => {
    const out = this.outgoing(code);
    out.pending.push(...batch);
    if (timing()) out.publishedAt.push(performance.now());
    this.schedule(code, out);
  };

  /**
   * What a socket missed, sent with its workshop's next flush, before the events that flush
   * carries (so it never sees a gap), and encoded once for every socket owed the same list: after
   * a restart, a kick-off's phones come back all at once, most owed the same events, and encoding
   * each one's copy on its own kept the server busy for seconds.
   *
   * On a server of its own, a socket owed a list that begins with one already waiting gets that
   * one: what it is owed beyond it was written since that list was made, so it waits in `pending`
   * and goes out in the same flush, to this socket too (it is in its audiences already). After a
   * restart mid-kick-off the phones all come back owed the events since the same card, each list
   * ending a few cards further than the one before: 250 lists of ~1,500 events, each encoded and
   * deflated on its own, were a sixth of the server's time until every phone was back in sync.
   * With other servers, events they wrote reach this socket only through them: no shortcut.
   */
  catchUp = (code: string, socketId: string, events: SeqEvent[]): void => {
    const out = this.outgoing(code);
    const same = out.catchUps.find((c) => sameEvents(c.events, events) || (this.alone && begins(events, c.events)));
    if (same) same.sockets.push(socketId);
    else out.catchUps.push({ events, sockets: [socketId] });
    this.schedule(code, out);
  };

  private outgoing(code: string): Outgoing {
    let out = this.workshops.get(code);
    if (!out) {
      out = { pending: [], publishedAt: [], catchUps: [], sending: null, cooling: null };
      this.workshops.set(code, out);
    }
    return out;
  }

  private schedule(code: string, out: Outgoing): void {
    if (out.cooling || out.sending) return;
    this.due.add(code);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  /**
   * A command's answer has just gone to its phone: in a small workshop (no waiting, see above),
   * the events it wrote go soon after, instead of after every other message this turn of the
   * event loop reads. A large workshop keeps coalescing a turn's events into one message per
   * audience.
   *
   * Soon, not at once: the commands a room saves together (rooms/turn.ts) are all answered in one
   * round of promise callbacks, and a tick runs when that round is over. So every one of their
   * answers goes before any of their events, and a phone never holds its card before it knows the
   * card was taken.
   */
  answered(code: string): void {
    process.nextTick(this.sendAnswered, code);
  }

  private sendAnswered = (code: string): void => {
    const out = this.workshops.get(code);
    if (!out || out.cooling || out.sending || out.pending.length === 0) return;
    if (this.socketsIn(code) >= WAIT_FROM_SOCKETS) return;
    this.due.delete(code);
    this.sendNow(code);
  };

  private socketsIn(code: string): number {
    return this.io.sockets.adapter.rooms.get(rooms.everyone(code))?.size ?? 0;
  }

  /** Sends everything held back now (the server is stopping). */
  flushAll(): void {
    this.stopping = true;
    for (const [code, out] of this.workshops) {
      out.sending?.finish();
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
    const sends: Send[] = [];
    // Sockets here are this server's own: no other server needs to hear of these.
    for (const c of out.catchUps) sends.push(...eventsFor(code, { to: c.sockets, local: true }, this.wire(c.events)));
    const publishedAt = out.publishedAt;
    out.pending = [];
    out.publishedAt = [];
    out.catchUps = [];
    if (batch.length > 0) this.send(code, batch, sends);
    // Encoded as they are handed over, the packed events are not needed past this flush: kept
    // while the history held their events, each card of every live workshop also stayed in memory
    // in its packed form.
    this.packed.clear();
    let sent = false;
    const sending = dispatch(this.io, sends, this.alone && !this.stopping, () => {
      for (const at of publishedAt) eventsSent(at);
      sent = true;
      out.sending = null;
      this.cool(code, out, batch.length > 0);
    });
    if (!sent) out.sending = sending;
  }

  /** After a flush: wait before the next one, if the workshop is large and the flush held events. */
  private cool(code: string, out: Outgoing, held: boolean): void {
    const sockets = this.socketsIn(code);
    const wait = sockets < WAIT_FROM_SOCKETS ? 0 : Math.min(MAX_WAIT_MS, sockets * WAIT_PER_SOCKET_MS);
    if (!held || wait < 1 || this.stopping) {
      // What came while a sliced flush was going out goes next.
      if (out.pending.length > 0 || out.catchUps.length > 0) this.schedule(code, out);
      else this.workshops.delete(code);
      return;
    }
    out.cooling = setTimeout(() => {
      out.cooling = null;
      this.sendNow(code);
    }, wait);
  }

  /**
   * One message per socket for the whole batch, and before it, to each participant whose copy of
   * some of its events differs from everyone else's (an anonymous card's author), just those
   * copies (`workshop:own`), which they apply in place of the shared ones. Every participant may
   * hold the shared copy, its owner too, so the shared batch goes to all of them.
   *
   * A kick-off's flush holds hundreds of anonymous cards by as many authors. Each author used to
   * get the batch as a message of their own with their copies in it; to bound encoding those,
   * the batch was cut into parts of ~140 cards, each a message to every phone: a flush of 700
   * cards was five writes to each of 2,000 sockets. Now it is one, and one more per author.
   */
  private send(code: string, batch: Delivery[], sends: Send[]): void {
    const facilitator: SeqEvent[] = [];
    const screen: SeqEvent[] = [];
    const shared: SeqEvent[] = [];
    const own = new Map<string, SeqEvent[]>();
    for (const d of batch) {
      if (d.to.kind === "facilitator") facilitator.push(d.event);
      else if (d.to.kind === "screen") screen.push(d.event);
      else if (d.to.kind === "participants") shared.push(d.event);
      else {
        const list = own.get(d.to.participantId);
        if (list) list.push(d.event);
        else own.set(d.to.participantId, [d.event]);
      }
    }
    // A few copies each, never deflated: a kick-off's batch has hundreds of authors.
    for (const [p, list] of own) sends.push({ to: [rooms.participant(code, p)], except: [], local: false, name: "workshop:own", payload: this.wire(list) });
    const lists = [
      { room: rooms.facilitators(code), events: facilitator },
      { room: rooms.screens(code), events: screen },
      { room: rooms.participants(code), events: shared },
    ];
    // Audiences holding the same copies (nothing in the batch hidden from any of them: named
    // cards, reactions, moves) get one message, encoded once, instead of one each.
    const groups: { to: string[]; events: SeqEvent[] }[] = [];
    for (const { room, events } of lists) {
      if (events.length === 0) continue;
      const same = groups.find((g) => sameEvents(g.events, events));
      if (same) same.to.push(room);
      else groups.push({ to: [room], events });
    }
    for (const { to, events } of groups) sends.push(...eventsFor(code, { to }, this.wire(events)));
  }

  /**
   * The events as they travel (lib/protocol/wire.ts), each packed once per flush however many
   * lists it is in: the shared copy of a card is also in every catch-up that holds it.
   */
  private wire(events: SeqEvent[]): WireEvent[] {
    return events.map((e) => {
      let w = this.packed.get(e);
      if (!w) {
        w = packEvent(e);
        this.packed.set(e, w);
      }
      return w;
    });
  }
}

/** The same copies of the same events: shared copies are the same objects for every participant. */
function sameEvents(a: SeqEvent[], b: SeqEvent[]): boolean {
  return a.length === b.length && a[0] === b[0] && a.every((e, i) => e === b[i]);
}

/**
 * Whether `list` begins with every copy in `head`, the same objects: nothing in `head` is then a
 * copy that the socket owed `list` may not hold.
 */
function begins(list: SeqEvent[], head: SeqEvent[]): boolean {
  const n = head.length;
  return n > 0 && n <= list.length && list[0] === head[0] && list[n - 1] === head[n - 1] && head.every((e, i) => e === list[i]);
}
