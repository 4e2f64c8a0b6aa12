import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Collections } from "@/server/benchMetrics";
import { parseCardText } from "./collector";
import { createWorkshop, Facilitator, readWorkshop, type BenchWorkshop } from "./facilitator";
import { Histogram, type HistogramData } from "./histogram";
import type { CheckResult, ServerKind } from "./messages";
import { Generator, ServerProcess, type ServerMetrics } from "./processes";
import { ProcSampler, type ProcSummary } from "./procStats";
import { dealPhones } from "./shares";
import { checkAll, gather, percentiles, type Percentiles } from "./tally";

export type ScenarioId = "a" | "b" | "c" | "d";

export interface Scenario {
  id: ScenarioId;
  title: string;
  workshops: number;
  perWorkshop: number;
  /** Phones connecting (and joining) per second, all generators together. */
  joinPerSecond: number;
  cardsPerPhone: number;
}

/** The four scenarios at full size; `--scale` shrinks them for a quick run while developing. */
export function scenarios(scale: number): Record<ScenarioId, Scenario> {
  const n = (x: number, min = 2) => Math.max(min, Math.round(x * scale));
  return {
    a: { id: "a", title: "Kick-off: one workshop, everyone posts within a second", workshops: 1, perWorkshop: n(2000), joinPerSecond: 100, cardsPerPhone: 1 },
    b: { id: "b", title: "Many rooms: workshops of 30 posting steadily for 60 s", workshops: n(100, 1), perWorkshop: 30, joinPerSecond: 150, cardsPerPhone: 8 },
    c: { id: "c", title: "Idle capacity: participants connected, doing nothing", workshops: n(50, 1), perWorkshop: 100, joinPerSecond: 250, cardsPerPhone: 1 },
    d: { id: "d", title: "Crash: the server killed (kill -9) during the kick-off's burst", workshops: 1, perWorkshop: n(2000), joinPerSecond: 100, cardsPerPhone: 1 },
  };
}

export interface RunOptions {
  generators: number;
  entry: "bench" | "main";
  sharedDecode: boolean;
  /** A directory for the servers' CPU profiles: `onside/` and `bare/` in it. */
  cpuProf?: string;
  /** The server alone on the first core, the generators on the second (processes.ts, `pin`). */
  pin: boolean;
  /** Cards posted anonymously, as in "Us and them": each author's copy names them, no one else's. */
  anonymous: boolean;
  log: (line: string) => void;
}

export interface RunResult {
  kind: ServerKind;
  phones: number;
  ready: number;
  joinFailed: number;
  joinElapsedMs: number;
  join: Percentiles | null;
  ack: Percentiles;
  fanout: Percentiles;
  ackPolling: Percentiles;
  fanoutPolling: Percentiles;
  /** The same four, every sample: for pooling rounds (rounds.ts). */
  histograms: Record<"ack" | "fanout" | "ackPolling" | "fanoutPolling", HistogramData>;
  sent: number;
  acked: number;
  refused: Record<string, number>;
  /** (phone, card) pairs: acknowledged to its author, never held by that phone. */
  lost: number;
  lostPhones: number;
  duplicateCards: number;
  duplicateEvents: number;
  /** The same card twice in the workshop's log (a command carried out twice). */
  duplicatesInLog: number;
  /** Acknowledged, yet not in the workshop's log. */
  missingFromLog: number;
  gaps: number;
  snapshots: number;
  reconnects: number;
  connectErrors: number;
  /** What the phones received over the measured stretch, in MB of Socket.IO packets. */
  receivedMb: number;
  receivedByKindMb: Record<string, number>;
  receivedEvents: number;
  /** The server during the measured stretch (after joining). */
  server: ProcSummary;
  /** The server over the whole run, joining included. */
  serverWhole: ProcSummary;
  /** All generators together, share of one core. */
  generatorsCpuPct: number;
  /** All generators' collector pauses over the stretch, added up. */
  generatorsGc: Collections;
  loop: ServerMetrics | null;
  /** Crash: from the restart to every phone connected and in sync (ms), and from the kill. */
  syncMs?: number;
  syncFromKillMs?: number;
  inSync?: number;
  /** Crash: the restarted server's own start-up, until it listened. */
  restartMs?: number;
  /** Crash: when the phones were connected again after the kill, and in sync after the restart (ms). */
  reconnected?: Spread;
  synced?: Spread;
  durationMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** p50, p90 and the last of a few thousand times (ms). */
export interface Spread {
  p50: number;
  p90: number;
  max: number;
}

function spread(ms: number[]): Spread | undefined {
  if (ms.length === 0) return undefined;
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return { p50: at(0.5), p90: at(0.9), max: Math.round(sorted[sorted.length - 1]!) };
}

/** Runs one scenario against one server: Onside, or the bare Socket.IO yardstick. */
export async function runScenario(scenario: Scenario, kind: ServerKind, options: RunOptions): Promise<RunResult> {
  const { log } = options;
  const begun = performance.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), `onside-bench-${scenario.id}-`));
  let server = await ServerProcess.start(kind, { port: 0, dataDir, entry: options.entry, cpuProf: options.cpuProf && path.join(options.cpuProf, kind), pin: options.pin });
  let sampler = new ProcSampler(server.pid).start();
  const samplers = [sampler];
  const generators = Array.from({ length: options.generators }, (_, i) => new Generator(i, options.pin));
  const genSamplers = generators.map((g) => new ProcSampler(g.pid).start());
  const facilitators: Facilitator[] = [];
  try {
    // The workshops: over the API for Onside; for the bare server, just names for its rooms.
    const workshops: BenchWorkshop[] = [];
    for (let w = 0; w < scenario.workshops; w++) {
      workshops.push(kind === "onside" ? await createWorkshop(server.url, `Bench ${scenario.id} ${w + 1}`) : { code: `bare${w}`, token: "", teamIds: ["team"] });
    }
    if (kind === "onside") facilitators.push(...workshops.map((w) => new Facilitator(server.url, w)));

    const shares = dealPhones(workshops, scenario.perWorkshop, generators.length);
    const phones = shares.reduce((n, share) => n + share.length, 0);
    await Promise.all(
      generators.map((g, k) => g.ask({ type: "init", kind, url: server.url, phones: shares[k]!, cardsPerPhone: scenario.cardsPerPhone, sharedDecode: options.sharedDecode })),
    );

    log(`  ${kind}: ${phones} phones connecting${kind === "onside" ? " and joining" : ""} at ${scenario.joinPerSecond}/s…`);
    const connected = await Promise.all(generators.map((g) => g.ask<"connected">({ type: "connect", perSecond: scenario.joinPerSecond / generators.length })));
    const join = new Histogram();
    for (const c of connected) join.add(c.join);
    const ready = connected.reduce((n, c) => n + c.ready, 0);
    const joinFailed = connected.reduce((n, c) => n + c.failed, 0);
    const joinElapsedMs = Math.max(...connected.map((c) => c.elapsedMs));
    log(`  ${kind}: ${ready} ready, ${joinFailed} failed, in ${(joinElapsedMs / 1000).toFixed(1)} s`);

    // The facilitator opens the "changes" phase: cards are taken from now on.
    if (kind === "onside" && options.anonymous) {
      const anonymously = { columns: [], private: false, anonymous: true };
      await Promise.all(facilitators.map((f) => f.send({ type: "agenda.updatePhase", phaseId: "changes", options: anonymously })));
    }
    if (kind === "onside") await Promise.all(facilitators.map((f) => f.send({ type: "phase.goto", phaseId: "changes" })));
    await sleep(1000);

    // The measured stretch starts here: joining is behind us.
    await server.metrics();
    await Promise.all(generators.map((g) => g.ask({ type: "reset" })));
    const from = performance.now();
    const result: Partial<RunResult> = {};

    if (scenario.id === "a" || scenario.id === "d") {
      const at = Date.now() + 500;
      log(`  ${kind}: everyone posts within one second…`);
      const done = Promise.all(generators.map((g) => g.ask<"done">({ type: "burst", at, windowMs: 1000 })));
      if (scenario.id === "d") {
        // Half-way through the burst: killed, then started again on the same data and port.
        await sleep(Math.max(0, at + 500 - Date.now()));
        const killAt = Date.now();
        await server.stop("SIGKILL");
        sampler.stop();
        log(`  ${kind}: killed (kill -9) mid-burst; starting again…`);
        const restartAt = Date.now();
        server = await ServerProcess.start(kind, { port: server.port, dataDir, entry: options.entry, cpuProf: options.cpuProf && path.join(options.cpuProf, kind), pin: options.pin });
        result.restartMs = Date.now() - restartAt;
        sampler = new ProcSampler(server.pid).start();
        samplers.push(sampler);
        await done;
        // In sync: every command answered, and every phone's copy ending where the server's log
        // ends (read afresh each time: commands sent again after the restart still add to it).
        let check: CheckResult;
        for (;;) {
          const pending = (await Promise.all(generators.map((g) => g.ask<"pending">({ type: "pending" })))).reduce((n, a) => n + a.pending, 0);
          const seqs: Record<string, number> = {};
          if (kind === "onside") for (const w of workshops) seqs[w.code] = (await readWorkshop(server.url, w)).seq;
          const { acked } = await gather(generators);
          check = await checkAll(generators, acked, kind === "onside" ? seqs : undefined);
          if ((pending === 0 && check.inSync === phones) || Date.now() > restartAt + 90_000) break;
          await sleep(500);
        }
        result.inSync = check.inSync;
        result.syncMs = check.inSync === phones ? Math.max(0, check.lastSyncAt - restartAt) : NaN;
        result.syncFromKillMs = check.inSync === phones ? Math.max(0, check.lastSyncAt - killAt) : NaN;
        result.reconnected = spread(check.reconnectedAt.map((at) => at - killAt));
        result.synced = spread(check.syncedAt.map((at) => Math.max(0, at - restartAt)));
        log(`  ${kind}: ${check.inSync}/${phones} phones in sync, ${check.missing} cards missing`);
      } else {
        await done;
      }
    } else if (scenario.id === "b") {
      log(`  ${kind}: every phone posts every 10–20 s for 60 s…`);
      await Promise.all(generators.map((g) => g.ask({ type: "steady", at: Date.now() + 500, durationMs: 60_000, minGapMs: 10_000, maxGapMs: 20_000 })));
    } else {
      log(`  ${kind}: idle for 10 s…`);
      await sleep(10_000);
    }

    // Settle: every acknowledged card should reach every phone of its workshop.
    const first = await gather(generators);
    let check = await checkAll(generators, first.acked);
    const deadline = Date.now() + 15_000;
    while (check.missing > 0 && Date.now() < deadline) {
      await sleep(250);
      check = await checkAll(generators, first.acked);
    }
    const loop = await server.metrics();
    const final = await gather(generators);

    // What the server holds: every acknowledged card once, none twice.
    let duplicatesInLog = 0;
    let missingFromLog = 0;
    if (kind === "onside") {
      for (const w of workshops) {
        const { state } = await readWorkshop(server.url, w);
        const inLog = new Map<number, number>();
        for (const card of Object.values(state.cards)) {
          const tag = parseCardText(card.text);
          if (tag) inLog.set(tag.local * scenario.cardsPerPhone + tag.n, (inLog.get(tag.local * scenario.cardsPerPhone + tag.n) ?? 0) + 1);
        }
        for (const n of inLog.values()) if (n > 1) duplicatesInLog += n - 1;
        for (const card of final.acked[w.code] ?? []) if (!inLog.has(card)) missingFromLog++;
      }
    }

    const summary = sampler.summary(from);
    if (process.env.BENCH_TIMELINE) {
      log(`  server CPU % per second: ${sampler.timeline(from).join(" ")}`);
      for (const [k, s] of genSamplers.entries()) log(`  generator ${k} CPU % per second: ${s.timeline(from).join(" ")}`);
    }
    return {
      kind,
      phones,
      ready,
      joinFailed,
      joinElapsedMs,
      join: kind === "onside" ? percentiles(join) : null,
      ack: percentiles(final.ack),
      fanout: percentiles(final.fanout),
      ackPolling: percentiles(final.ackPolling),
      fanoutPolling: percentiles(final.fanoutPolling),
      histograms: { ack: final.ack.toJSON(), fanout: final.fanout.toJSON(), ackPolling: final.ackPolling.toJSON(), fanoutPolling: final.fanoutPolling.toJSON() },
      ...final.total,
      lost: check.missing,
      lostPhones: check.phonesMissing,
      duplicatesInLog,
      missingFromLog,
      server: summary,
      serverWhole: samplers
        .map((s) => s.summary())
        .reduce((a, b) => ({ ...b, peakRssMb: Math.max(a.peakRssMb, b.peakRssMb), peakCpuPct: Math.max(a.peakCpuPct, b.peakCpuPct), writtenMb: a.writtenMb + b.writtenMb })),
      generatorsCpuPct: genSamplers.reduce((n, s) => n + s.summary(from).meanCpuPct, 0),
      generatorsGc: final.gc,
      loop,
      ...result,
      durationMs: performance.now() - begun,
    };
  } finally {
    for (const f of facilitators) f.close();
    for (const s of [...samplers, ...genSamplers]) s.stop();
    // The server goes first, so the phones' closing connections leave no TIME_WAIT on our side.
    await server.stop(options.cpuProf ? "SIGTERM" : "SIGKILL");
    await Promise.all(generators.map((g) => g.close()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
