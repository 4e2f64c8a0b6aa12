import { addCollections, countCollections, noCollections, type Collections } from "@/server/benchMetrics";
import { Histogram } from "./histogram";
import type { Stats } from "./messages";
import { received } from "./sharedDecoder";

/** What every phone of one load generator measured, added up. */
export class Collector {
  ack = new Histogram();
  fanout = new Histogram();
  /** The same, for the phones on long-polling only. */
  ackPolling = new Histogram();
  fanoutPolling = new Histogram();
  join = new Histogram();
  sent = 0;
  acked = 0;
  refused: Record<string, number> = {};
  ackedCards = new Map<string, number[]>();
  duplicateCards = 0;
  duplicateEvents = 0;
  gaps = 0;
  snapshots = 0;
  connectErrors = 0;
  reconnects = 0;
  private receivedFrom = received.chars;
  private receivedByKindFrom = { ...received.byKind };
  private receivedEventsFrom = received.events;
  /** This process's collector pauses since `reset`. */
  private readonly collections = countCollections();
  private gc: Collections = noCollections();

  reset(): void {
    this.collections.take();
    this.gc = noCollections();
    this.receivedFrom = received.chars;
    this.receivedByKindFrom = { ...received.byKind };
    this.receivedEventsFrom = received.events;
    this.ack = new Histogram();
    this.fanout = new Histogram();
    this.ackPolling = new Histogram();
    this.fanoutPolling = new Histogram();
    this.sent = this.acked = this.duplicateCards = this.duplicateEvents = this.gaps = this.snapshots = 0;
    this.connectErrors = this.reconnects = 0;
    this.refused = {};
    this.ackedCards = new Map();
  }

  recordAck(ms: number, polling: boolean): void {
    this.ack.record(ms);
    if (polling) this.ackPolling.record(ms);
  }

  recordFanout(ms: number, polling: boolean): void {
    this.fanout.record(ms);
    if (polling) this.fanoutPolling.record(ms);
  }

  cardAcked(code: string, card: number): void {
    const list = this.ackedCards.get(code);
    if (list) list.push(card);
    else this.ackedCards.set(code, [card]);
  }

  refusal(code: string): void {
    this.refused[code] = (this.refused[code] ?? 0) + 1;
  }

  stats(): Stats {
    this.gc = addCollections(this.gc, this.collections.take());
    return {
      gc: this.gc,
      ack: this.ack.toJSON(),
      fanout: this.fanout.toJSON(),
      ackPolling: this.ackPolling.toJSON(),
      fanoutPolling: this.fanoutPolling.toJSON(),
      sent: this.sent,
      acked: this.acked,
      refused: this.refused,
      ackedCards: Object.fromEntries(this.ackedCards),
      duplicateCards: this.duplicateCards,
      duplicateEvents: this.duplicateEvents,
      gaps: this.gaps,
      snapshots: this.snapshots,
      connectErrors: this.connectErrors,
      reconnects: this.reconnects,
      receivedMb: (received.chars - this.receivedFrom) / 2 ** 20,
      receivedEvents: received.events - this.receivedEventsFrom,
      receivedByKindMb: Object.fromEntries(Object.entries(received.byKind).map(([kind, chars]) => [kind, (chars - (this.receivedByKindFrom[kind] ?? 0)) / 2 ** 20])),
    };
  }
}

/**
 * Now, in epoch milliseconds to a fraction: what the phones time their cards by. `Date.now()` has
 * whole milliseconds only, too coarse for p99s of 5-12 ms (histogram.ts). The process's start on
 * the wall clock plus the monotonic clock since: the same for every process on this machine, which
 * a card's fan-out needs (it leaves one generator and arrives at the others).
 */
export function clock(): number {
  return performance.timeOrigin + performance.now();
}

/** A card's text carries who posted it, which of theirs it is, and when it left (to a tenth of a ms): `bench L N T`. */
export function cardText(local: number, n: number, sentAt: number): string {
  return `bench ${local} ${n} ${sentAt.toFixed(1)}`;
}

export function parseCardText(text: string): { local: number; n: number; sentAt: number } | null {
  const m = /^bench (\d+) (\d+) (\d+(?:\.\d+)?)$/.exec(text);
  return m ? { local: Number(m[1]), n: Number(m[2]), sentAt: Number(m[3]) } : null;
}
