import { addCollections, noCollections, type Collections } from "@/server/benchMetrics";
import { Histogram } from "./histogram";
import type { CheckResult, Stats } from "./messages";
import type { Generator } from "./processes";

/** Adding up what the load generators measured: each holds a share of the phones. */

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(h: Histogram): Percentiles {
  return { count: h.count, p50: h.percentile(50), p95: h.percentile(95), p99: h.percentile(99), max: Math.round(h.max * 10) / 10 };
}

type Totals = Omit<Stats, "ack" | "fanout" | "ackPolling" | "fanoutPolling" | "ackedCards" | "gc">;

/** The generators' figures together: the latencies, the acknowledged cards by workshop, the counts. */
export interface Tally {
  ack: Histogram;
  fanout: Histogram;
  ackPolling: Histogram;
  fanoutPolling: Histogram;
  acked: Record<string, number[]>;
  total: Totals;
  /** The generators' collector pauses, added up. */
  gc: Collections;
}

function merge(all: Stats[]): Tally {
  const ack = new Histogram();
  const fanout = new Histogram();
  const ackPolling = new Histogram();
  const fanoutPolling = new Histogram();
  const acked: Record<string, number[]> = {};
  const total = { sent: 0, acked: 0, refused: {} as Record<string, number>, duplicateCards: 0, duplicateEvents: 0, gaps: 0, snapshots: 0, connectErrors: 0, reconnects: 0, receivedMb: 0, receivedEvents: 0, receivedByKindMb: {} as Record<string, number> };
  let gc = noCollections();
  for (const s of all) {
    gc = addCollections(gc, s.gc);
    ack.add(s.ack);
    fanout.add(s.fanout);
    ackPolling.add(s.ackPolling);
    fanoutPolling.add(s.fanoutPolling);
    for (const [code, cards] of Object.entries(s.ackedCards)) (acked[code] ??= []).push(...cards);
    for (const [code, n] of Object.entries(s.refused)) total.refused[code] = (total.refused[code] ?? 0) + n;
    total.sent += s.sent;
    total.acked += s.acked;
    total.duplicateCards += s.duplicateCards;
    total.duplicateEvents += s.duplicateEvents;
    total.gaps += s.gaps;
    total.snapshots += s.snapshots;
    total.connectErrors += s.connectErrors;
    total.reconnects += s.reconnects;
    total.receivedMb += s.receivedMb;
    total.receivedEvents += s.receivedEvents;
    for (const [kind, mb] of Object.entries(s.receivedByKindMb)) total.receivedByKindMb[kind] = (total.receivedByKindMb[kind] ?? 0) + mb;
  }
  return { ack, fanout, ackPolling, fanoutPolling, acked, total, gc };
}

export async function checkAll(generators: Generator[], acked: Record<string, number[]>, seqs?: Record<string, number>): Promise<CheckResult> {
  // The bare server keeps nothing: a phone is back once connected, whatever it missed.
  const results = await Promise.all(generators.map((g) => g.ask<"check">({ type: "check", acked, requireCards: seqs !== undefined, ...(seqs ? { seqs } : {}) })));
  return results.reduce(
    (sum, { result: r }) => ({
      missing: sum.missing + r.missing,
      phonesMissing: sum.phonesMissing + r.phonesMissing,
      inSync: sum.inSync + r.inSync,
      phones: sum.phones + r.phones,
      lastSyncAt: Math.max(sum.lastSyncAt, r.lastSyncAt),
      syncedAt: sum.syncedAt.concat(r.syncedAt),
      reconnectedAt: sum.reconnectedAt.concat(r.reconnectedAt),
    }),
    { missing: 0, phonesMissing: 0, inSync: 0, phones: 0, lastSyncAt: 0, syncedAt: [] as number[], reconnectedAt: [] as number[] },
  );
}

/** Every generator's figures so far, added up. */
export async function gather(generators: Generator[]): Promise<Tally> {
  return merge((await Promise.all(generators.map((g) => g.ask<"stats">({ type: "stats" })))).map((a) => a.stats));
}
