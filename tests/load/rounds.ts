import type { Collections } from "@/server/benchMetrics";
import { Histogram } from "./histogram";
import type { ServerMetrics } from "./processes";
import type { ProcSummary } from "./procStats";
import type { RunResult } from "./scenarios";
import { percentiles } from "./tally";

/**
 * Several rounds of one scenario against one server, as one result. Many rooms' p99s are a few
 * milliseconds, and the machine's speed moves them from one minute to the next as much as any
 * change to Onside: with Onside's minute and the bare server's run one after the other, their
 * ratio was 1.2× to 2.9× on the same code in one morning (bench/NOTES.md 48). So (b) runs in
 * rounds, the two servers taking turns (Onside first, then the bare server first, ...), and each
 * server's latencies are taken over every card of its rounds together.
 *
 * Latencies: from every sample of every round. Cards, losses and duplicates: added up (every card
 * counts towards "none lost"). What a stretch measures of the server and the phones (CPU, bytes,
 * the event loop, the collector): the mean of the rounds, and the largest of their maxima. A
 * crash's recovery: the slowest round's, since every round must be back in time.
 */
export function pool(runs: RunResult[]): RunResult {
  const [first, ...rest] = runs;
  if (!first) throw new Error("pool: no runs");
  if (rest.length === 0) return first;
  const sum = (f: (r: RunResult) => number) => runs.reduce((n, r) => n + f(r), 0);
  const mean = (f: (r: RunResult) => number) => meanOf(runs, f);
  const max = (f: (r: RunResult) => number) => Math.max(...runs.map(f));
  const merged = (key: keyof RunResult["histograms"]) => {
    const h = new Histogram();
    for (const r of runs) h.add(r.histograms[key]);
    return h;
  };
  const ack = merged("ack");
  const fanout = merged("fanout");
  const ackPolling = merged("ackPolling");
  const fanoutPolling = merged("fanoutPolling");
  return {
    ...first,
    ready: Math.min(...runs.map((r) => r.ready)),
    joinFailed: sum((r) => r.joinFailed),
    joinElapsedMs: max((r) => r.joinElapsedMs),
    ack: percentiles(ack),
    fanout: percentiles(fanout),
    ackPolling: percentiles(ackPolling),
    fanoutPolling: percentiles(fanoutPolling),
    histograms: { ack: ack.toJSON(), fanout: fanout.toJSON(), ackPolling: ackPolling.toJSON(), fanoutPolling: fanoutPolling.toJSON() },
    sent: sum((r) => r.sent),
    acked: sum((r) => r.acked),
    refused: addUp(runs.map((r) => r.refused)),
    lost: sum((r) => r.lost),
    lostPhones: sum((r) => r.lostPhones),
    duplicateCards: sum((r) => r.duplicateCards),
    duplicateEvents: sum((r) => r.duplicateEvents),
    duplicatesInLog: sum((r) => r.duplicatesInLog),
    missingFromLog: sum((r) => r.missingFromLog),
    gaps: sum((r) => r.gaps),
    snapshots: sum((r) => r.snapshots),
    reconnects: sum((r) => r.reconnects),
    connectErrors: sum((r) => r.connectErrors),
    receivedMb: mean((r) => r.receivedMb),
    receivedByKindMb: scale(addUp(runs.map((r) => r.receivedByKindMb)), 1 / runs.length),
    receivedEvents: mean((r) => r.receivedEvents),
    server: poolProc(runs.map((r) => r.server)),
    serverWhole: poolProc(runs.map((r) => r.serverWhole)),
    generatorsCpuPct: mean((r) => r.generatorsCpuPct),
    generatorsGc: meanCollections(runs.map((r) => r.generatorsGc)),
    loop: poolLoop(runs.map((r) => r.loop)),
    ...slowestRecovery(runs),
    durationMs: sum((r) => r.durationMs),
  };
}

/** The crash's figures (undefined for the other scenarios) of the round that took longest to be back in sync. */
function slowestRecovery(runs: RunResult[]): Partial<RunResult> {
  const crashed = runs.filter((r) => r.syncMs !== undefined);
  if (crashed.length === 0) return {};
  // A round with a phone never back (NaN) is the slowest of all.
  const slowest = crashed.reduce((a, b) => (Number.isNaN(b.syncMs) || b.syncMs! > a.syncMs! ? b : a));
  return { syncMs: slowest.syncMs, syncFromKillMs: slowest.syncFromKillMs, inSync: slowest.inSync, restartMs: slowest.restartMs, reconnected: slowest.reconnected, synced: slowest.synced };
}

function addUp(all: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const one of all) for (const [k, v] of Object.entries(one)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function scale(values: Record<string, number>, by: number): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v * by]));
}

function meanOf<T>(all: T[], f: (x: T) => number): number {
  return all.reduce((n, x) => n + f(x), 0) / all.length;
}

function poolProc(all: ProcSummary[]): ProcSummary {
  const waited = all.map((s) => s.waitedPct);
  return {
    peakRssMb: Math.max(...all.map((s) => s.peakRssMb)),
    lastRssMb: Math.max(...all.map((s) => s.lastRssMb)),
    meanCpuPct: meanOf(all, (s) => s.meanCpuPct),
    peakCpuPct: Math.max(...all.map((s) => s.peakCpuPct)),
    writtenMb: meanOf(all, (s) => s.writtenMb),
    waitedPct: waited.every((w) => w !== null) ? meanOf(waited, (w) => w!) : null,
  };
}

function poolLoop(all: (ServerMetrics | null)[]): ServerMetrics | null {
  if (all.some((m) => m === null)) return null;
  const ms = all as ServerMetrics[];
  const round2 = (v: number) => Math.round(v * 100) / 100;
  const spread = (f: (m: ServerMetrics) => ServerMetrics["command"]) => ({
    p50: meanOf(ms, (m) => f(m).p50),
    p99: meanOf(ms, (m) => f(m).p99),
    p999: meanOf(ms, (m) => f(m).p999),
    max: Math.max(...ms.map((m) => f(m).max)),
    count: ms.reduce((n, m) => n + f(m).count, 0),
  });
  return {
    p50: round2(meanOf(ms, (m) => m.p50)),
    p95: round2(meanOf(ms, (m) => m.p95)),
    p99: round2(meanOf(ms, (m) => m.p99)),
    max: Math.max(...ms.map((m) => m.max)),
    mean: round2(meanOf(ms, (m) => m.mean)),
    command: spread((m) => m.command),
    held: spread((m) => m.held),
    gc: meanCollections(ms.map((m) => m.gc)),
  };
}

/** A round's collector pauses, on average; the longest of them all. */
function meanCollections(all: Collections[]): Collections {
  return {
    minor: { count: Math.round(meanOf(all, (c) => c.minor.count)), ms: meanOf(all, (c) => c.minor.ms) },
    major: { count: Math.round(meanOf(all, (c) => c.major.count)), ms: meanOf(all, (c) => c.major.ms) },
    longest: Math.max(...all.map((c) => c.longest)),
  };
}
