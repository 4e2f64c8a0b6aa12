import { describe, expect, it } from "vitest";
import { Histogram } from "@/tests/load/histogram";
import { pool } from "@/tests/load/rounds";
import type { RunResult } from "@/tests/load/scenarios";
import { percentiles } from "@/tests/load/tally";

function histogramOf(samples: number[]): Histogram {
  const h = new Histogram();
  for (const ms of samples) h.record(ms);
  return h;
}

/** One run's result, with its phones' ack times and a few of its figures. */
function runWith(acks: number[], figures: { sent: number; lost: number; cpu: number; rss: number; pauses: number }): RunResult {
  const ack = histogramOf(acks);
  const empty = new Histogram();
  const proc = { peakRssMb: figures.rss, lastRssMb: figures.rss, meanCpuPct: figures.cpu, peakCpuPct: figures.cpu * 2, writtenMb: 10, waitedPct: 5 };
  return {
    kind: "onside",
    phones: 30,
    ready: 30,
    joinFailed: 0,
    joinElapsedMs: 1000,
    join: null,
    ack: percentiles(ack),
    fanout: percentiles(empty),
    ackPolling: percentiles(empty),
    fanoutPolling: percentiles(empty),
    histograms: { ack: ack.toJSON(), fanout: empty.toJSON(), ackPolling: empty.toJSON(), fanoutPolling: empty.toJSON() },
    sent: figures.sent,
    acked: figures.sent,
    refused: {},
    lost: figures.lost,
    lostPhones: figures.lost,
    duplicateCards: 0,
    duplicateEvents: 0,
    duplicatesInLog: 0,
    missingFromLog: 0,
    gaps: 0,
    snapshots: 0,
    reconnects: 0,
    connectErrors: 0,
    receivedMb: 3,
    receivedByKindMb: { "workshop:events": 3 },
    receivedEvents: 300,
    server: proc,
    serverWhole: proc,
    generatorsCpuPct: 30,
    generatorsGc: { minor: { count: figures.pauses, ms: figures.pauses * 10 }, major: { count: 1, ms: 20 }, longest: figures.pauses },
    loop: null,
    durationMs: 80_000,
  };
}

describe("the bench's latencies", () => {
  it("keeps a tenth of a millisecond, so that two p99s of a few ms keep their ratio", () => {
    const fast = histogramOf([...Array<number>(99).fill(1), 6.4]);
    const slow = histogramOf([...Array<number>(99).fill(1), 9.6]);
    expect(fast.percentile(100)).toBe(6.4);
    expect(slow.percentile(100)).toBe(9.6);
    expect(slow.percentile(100) / fast.percentile(100)).toBeCloseTo(1.5, 6);
  });

  it("adds up histograms sent between processes", () => {
    const a = histogramOf([2.5, 3.1]);
    const b = new Histogram().add(a.toJSON()).add(histogramOf([7.2]).toJSON());
    expect(b.count).toBe(3);
    expect(b.percentile(100)).toBe(7.2);
    expect(b.max).toBe(7.2);
  });
});

describe("rounds pooled", () => {
  const quiet = runWith([...Array<number>(98).fill(2), 5, 5], { sent: 100, lost: 0, cpu: 20, rss: 200, pauses: 40 });
  const slow = runWith([...Array<number>(98).fill(2), 30, 30], { sent: 100, lost: 1, cpu: 30, rss: 220, pauses: 60 });

  it("takes latencies over every round's cards, not one round's", () => {
    const pooled = pool([quiet, slow]);
    expect(pooled.ack.count).toBe(200);
    // Four slow cards of 200: the 99th percentile is the slowest 2 %, the quiet round's 5 ms.
    expect(pooled.ack.p99).toBe(5);
    expect(pooled.ack.max).toBe(30);
  });

  it("adds up cards and losses, and takes the mean of what a stretch measures", () => {
    const pooled = pool([quiet, slow]);
    expect(pooled.sent).toBe(200);
    expect(pooled.lost).toBe(1);
    expect(pooled.server.meanCpuPct).toBe(25);
    expect(pooled.server.peakRssMb).toBe(220);
    expect(pooled.receivedMb).toBe(3);
    // The generators' pauses: a round's on average, and the longest of any round.
    expect(pooled.generatorsGc).toEqual({ minor: { count: 50, ms: 500 }, major: { count: 1, ms: 20 }, longest: 60 });
  });

  it("keeps the slowest round's recovery from a crash: every round must be back in time", () => {
    expect(pool([{ ...quiet, syncMs: 3000, inSync: 30 }, { ...slow, syncMs: 9000, inSync: 30 }]).syncMs).toBe(9000);
    expect(pool([{ ...quiet, syncMs: 3000, inSync: 30 }, { ...slow, syncMs: NaN, inSync: 29 }]).inSync).toBe(29);
    expect(pool([quiet, slow]).syncMs).toBeUndefined();
  });

  it("leaves a single run as it is", () => {
    expect(pool([quiet])).toBe(quiet);
  });
});
