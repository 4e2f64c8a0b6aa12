import { randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { PROTOCOL_VERSION, RETRYABLE, type Ack, type ClientToServerEvents, type CommandAck, type ErrorBody, type ServerToClientEvents, type Snapshot, type SyncResponse, type WireEvent } from "@/lib/protocol";
import { cardText, clock, parseCardText, type Collector } from "./collector";
import type { PhoneSpec } from "./messages";
import { inflateShared } from "./sharedDecoder";
import { CardSet, connectionOptions, tagOf, type PhoneOptions, type SimPhone } from "./simPhone";

/** Handshake refusals no retry can fix (as lib/client/workshopClient.ts treats them). */
const FATAL = new Set(["invalid_input", "protocol_mismatch", "not_found", "unauthorized", "forbidden"]);

interface Pending {
  id: string;
  card: number | null;
  firstSentAt: number;
  command: { type: "card.add"; phaseId: string; text: string } | { type: "participant.join"; name: string; teamId: string };
}

/**
 * A participant's phone on Onside, speaking its protocol as lib/client/workshopClient.ts does:
 * the same handshake (with `since` on every reconnect, reading large batches deflated), commands kept until answered and sent
 * again with the same id after a refusal worth retrying or a lost connection, and a sync request
 * when an event arrives after a gap. Instead of folding every event into a full copy of the
 * workshop (which would cost the generator more than the server), it keeps what the bench checks:
 * the last seq it holds and which cards it has.
 */
export class OnsidePhone implements SimPhone {
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private seq = -1;
  private participant = false;
  private readonly cards = new CardSet();
  private readonly outbox = new Map<string, Pending>();
  private readonly inFlight = new Set<string>();
  private syncing = false;
  private posted = 0;
  private everConnected = false;
  private joinSentAt = 0;
  private started: { resolve: () => void; reject: (err: Error) => void } | null = null;
  lastChangeAt = 0;
  reconnectedAt = 0;

  constructor(readonly spec: PhoneSpec, private readonly options: PhoneOptions, private readonly stats: Collector) {
    this.socket = io(options.url, {
      ...connectionOptions(spec, options),
      auth: (cb) => cb({ protocol: PROTOCOL_VERSION, code: spec.code, role: "participant", token: spec.token, deflate: true, ...(this.seq >= 0 ? { since: this.seq } : {}) }),
    });
    this.listen();
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.started = { resolve, reject };
      this.socket.connect();
    });
  }

  private listen(): void {
    const s = this.socket;
    s.on("connect", () => {
      if (this.everConnected) {
        this.stats.reconnects++;
        this.reconnectedAt = Date.now();
      }
      this.everConnected = true;
      for (const item of this.outbox.values()) this.transmit(item);
    });
    s.on("disconnect", (reason) => {
      this.inFlight.clear();
      if (reason === "io server disconnect") s.connect();
    });
    s.on("connect_error", (err: Error & { data?: ErrorBody }) => {
      this.stats.connectErrors++;
      if (err.data && FATAL.has(err.data.code)) {
        s.disconnect();
        this.started?.reject(new Error(`${err.data.code}: ${err.data.message}`));
      } else if (err.data) {
        setTimeout(() => s.connect(), 2000 + Math.random() * 2000);
      }
    });
    s.on("session:ready", ({ you }) => {
      this.lastChangeAt = Date.now();
      if (you.role === "participant") {
        this.participant = true;
      } else if (you.role === "guest" && this.joinSentAt === 0) {
        this.joinSentAt = Date.now();
        this.enqueue({ type: "participant.join", name: `Phone ${this.spec.local}`, teamId: this.spec.teamId }, null);
      }
    });
    s.on("workshop:snapshot", (snapshot) => this.onSnapshot(snapshot));
    s.on("workshop:events", (events) => this.onEvents(events));
    // Inflated at once (zlib's synchronous call), so it needs no queue to keep its place.
    s.on("workshop:deflated", (base64) => this.onEvents(inflateShared(base64, this.options.sharedDecode)));
  }

  private onSnapshot({ seq, state }: Snapshot): void {
    this.stats.snapshots++;
    this.seq = seq;
    this.lastChangeAt = Date.now();
    for (const card of Object.values(state.cards)) {
      const tag = parseCardText(card.text);
      if (tag) this.cards.add(this.index(tag.local, tag.n));
    }
    if (this.participant && this.started) {
      this.started.resolve();
      this.started = null;
    }
  }

  /** Read as they travel: a `card.added` is a tuple (lib/protocol/wire.ts), shared by the phones of this process. */
  private onEvents(events: WireEvent[]): void {
    if (this.seq < 0) return;
    const changed = Date.now();
    const now = clock();
    const d = digestOf(events, this.options.cardsPerPhone);
    // The usual case, the batch follows what the phone holds: no event needs looking at again.
    if (d.first === this.seq + 1 && d.contiguous) {
      this.seq = d.last;
      this.lastChangeAt = changed;
      for (let i = 0; i < d.cards.length; i++) {
        if (!this.cards.add(d.cards[i]!)) this.stats.duplicateCards++;
        else if (d.authors[i] !== this.spec.local) this.stats.recordFanout(now - d.sentAt[i]!, this.polling);
      }
      return;
    }
    for (const e of events) {
      const seq = Array.isArray(e) ? e[0] : e.seq;
      if (seq <= this.seq) {
        this.stats.duplicateEvents++;
        continue;
      }
      if (seq !== this.seq + 1) {
        this.stats.gaps++;
        void this.resync();
        return;
      }
      this.seq = seq;
      this.lastChangeAt = changed;
      if (!Array.isArray(e)) continue;
      const tag = tagOf(e, e[6]);
      if (!tag) continue;
      if (!this.cards.add(this.index(tag.local, tag.n))) this.stats.duplicateCards++;
      else if (tag.local !== this.spec.local) this.stats.recordFanout(now - tag.sentAt, this.polling);
    }
  }

  private async resync(): Promise<void> {
    if (this.syncing) return;
    this.syncing = true;
    try {
      const res: Ack<SyncResponse> = await this.socket.timeout(8000).emitWithAck("workshop:sync", { since: this.seq });
      if (!res.ok) return;
      if (res.data.kind === "snapshot") this.onSnapshot(res.data.snapshot);
      else this.onEvents(res.data.events);
    } catch {
      // No answer: the reconnect that follows sends `since` and repairs the gap.
    } finally {
      this.syncing = false;
    }
  }

  private get polling(): boolean {
    return this.spec.transport === "polling";
  }

  private index(local: number, n: number): number {
    return local * this.options.cardsPerPhone + n;
  }

  post(): void {
    if (this.posted >= this.options.cardsPerPhone) return;
    const n = this.posted++;
    this.enqueue({ type: "card.add", phaseId: "changes", text: cardText(this.spec.local, n, clock()) }, this.index(this.spec.local, n));
  }

  private enqueue(command: Pending["command"], card: number | null): void {
    const item: Pending = { id: randomUUID(), card, firstSentAt: clock(), command };
    this.outbox.set(item.id, item);
    if (card !== null) this.stats.sent++;
    this.transmit(item);
  }

  private transmit(item: Pending): void {
    if (!this.socket.connected || this.inFlight.has(item.id) || !this.outbox.has(item.id)) return;
    this.inFlight.add(item.id);
    this.socket.timeout(10_000).emit("workshop:command", { id: item.id, command: item.command }, (err: Error | null, res: Ack<CommandAck>) => {
      this.inFlight.delete(item.id);
      if (err || (!res.ok && RETRYABLE.includes(res.error.code))) {
        setTimeout(() => this.transmit(item), 1500 + Math.random() * 1500);
        return;
      }
      if (!this.outbox.delete(item.id)) return;
      const now = clock();
      this.lastChangeAt = Math.max(this.lastChangeAt, Date.now());
      if (item.card === null) {
        if (res.ok) this.stats.join.record(now - item.firstSentAt);
        else this.started?.reject(new Error(`join refused: ${res.error.code}: ${res.error.message}`));
        return;
      }
      if (!res.ok) return this.stats.refusal(res.error.code);
      this.stats.acked++;
      this.stats.recordAck(now - item.firstSentAt, this.polling);
      this.stats.cardAcked(this.spec.code, item.card);
    });
  }

  pending(): number {
    return this.outbox.size;
  }

  missing(acked: readonly number[]): number {
    return acked.reduce((n, card) => n + (this.cards.has(card) ? 0 : 1), 0);
  }

  inSync(seq: number | undefined): boolean {
    return this.socket.connected && this.participant && (seq === undefined || this.seq === seq);
  }

  close(): void {
    this.socket.disconnect();
  }
}

/**
 * What the bench needs of a batch, read once for all the phones of this process that receive
 * the same one (sharedDecoder.ts): its seqs, and its bench cards' places, authors and times. At
 * 1,000 phones × 400 cards a flush, looking at every card again for every phone was a tenth of a
 * generator's time in the kick-off.
 */
interface Digest {
  first: number;
  last: number;
  contiguous: boolean;
  cards: number[];
  authors: number[];
  sentAt: number[];
}

const digests = new WeakMap<WireEvent[], Digest>();

function digestOf(events: WireEvent[], cardsPerPhone: number): Digest {
  let d = digests.get(events);
  if (d) return d;
  const seqs = events.map((e) => (Array.isArray(e) ? e[0] : e.seq));
  d = { first: seqs[0] ?? -1, last: seqs[seqs.length - 1] ?? -1, contiguous: seqs.every((seq, i) => seq === seqs[0]! + i), cards: [], authors: [], sentAt: [] };
  for (const e of events) {
    const tag = Array.isArray(e) ? parseCardText(e[6]) : null;
    if (!tag) continue;
    d.cards.push(tag.local * cardsPerPhone + tag.n);
    d.authors.push(tag.local);
    d.sentAt.push(tag.sentAt);
  }
  digests.set(events, d);
  return d;
}
