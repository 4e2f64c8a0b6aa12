import { constants, createHistogram, monitorEventLoopDelay, PerformanceObserver, type RecordableHistogram } from "node:perf_hooks";

/** Percentiles of one of the server's own timings, in milliseconds. */
export interface Spread {
  p50: number;
  p99: number;
  /** One command in a thousand: a stall a few times a minute (a commit that waits for the disk) shows here, not at p99. */
  p999: number;
  max: number;
  count: number;
}

/**
 * The server's own share of what a phone waits for, measured where it happens: a phone's latency
 * in the bench is also the load generator's and the scheduler's, and only the server can say
 * which part was its own. Both are null unless BENCH_METRICS=1, and then cost a clock read.
 */
let commands: RecordableHistogram | null = null;
let held: RecordableHistogram | null = null;

/** Recorded in microseconds: a histogram holds integers, and most commands take well under 1 ms. */
const record = (h: RecordableHistogram | null, sinceMs: number) => h?.record(Math.max(1, Math.round((performance.now() - sinceMs) * 1000)));

/** A command, from its message being read to its answer being written (`since`: `performance.now()` on arrival). */
export function commandAnswered(since: number): void {
  record(commands, since);
}

/** A command's events, from being saved and handed to the broadcaster to being written to the last socket they go to. */
export function eventsSent(since: number): void {
  record(held, since);
}

/**
 * The collector's pauses over a stretch, in ms: scavenges of the young objects, and the rest:
 * full collections, with the incremental marking and weak-callback passes Node reports apart.
 */
export interface Collections {
  minor: { count: number; ms: number };
  major: { count: number; ms: number };
  longest: number;
}

export const noCollections = (): Collections => ({ minor: { count: 0, ms: 0 }, major: { count: 0, ms: 0 }, longest: 0 });

/** Two counts together (two stretches, or two processes). */
export function addCollections(a: Collections, b: Collections): Collections {
  return {
    minor: { count: a.minor.count + b.minor.count, ms: a.minor.ms + b.minor.ms },
    major: { count: a.major.count + b.major.count, ms: a.major.ms + b.major.ms },
    longest: Math.max(a.longest, b.longest),
  };
}

/**
 * Counts this process's collector pauses from now on: `take` gives those since the last `take`
 * (or the start) and counts afresh. The load generators count theirs too: a phone's latency is
 * also its generator's pauses, the same for all its phones at once.
 */
export function countCollections(): { take(): Collections } {
  let gc = noCollections();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR ? gc.minor : gc.major;
      kind.count++;
      kind.ms += entry.duration;
      gc.longest = Math.max(gc.longest, entry.duration);
    }
  }).observe({ entryTypes: ["gc"] });
  return {
    take() {
      const out = gc;
      gc = noCollections();
      return out;
    },
  };
}

/** Whether the timings above are being taken (callers skip the clock reads when not). */
export function timing(): boolean {
  return commands !== null;
}

/**
 * Opt-in (BENCH_METRICS=1) for the load bench, off otherwise: how long the event loop was held
 * up, which no outside sampling can see, and the two timings above. On SIGUSR2 the server writes
 * one line `bench-metrics {"p50":…,"p95":…,"p99":…,"max":…,"mean":…,"command":{…},"held":{…},"gc":{…}}`
 * (milliseconds since the last one) to stdout and starts counting afresh, so the bench reads each
 * stretch of its run on its own.
 */
export function enableBenchMetrics(env: Record<string, string | undefined>): void {
  if (env.BENCH_METRICS !== "1") return;
  const RESOLUTION_MS = 10;
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  commands = createHistogram();
  held = createHistogram();
  // Each sample is a whole timer interval: what lies beyond the interval is the delay.
  const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);
  // The collector's pauses, counted apart: a run's tail moves by 2× from one run to the next,
  // while what the collector did for the same load is a figure two builds can be compared by.
  const collections = countCollections();
  const spread = (h: RecordableHistogram): Spread => {
    const at = (percentile: number) => h.percentile(percentile) / 1000;
    const out = h.count === 0 ? { p50: 0, p99: 0, p999: 0, max: 0, count: 0 } : { p50: at(50), p99: at(99), p999: at(99.9), max: h.max / 1000, count: h.count };
    h.reset();
    return out;
  };
  process.on("SIGUSR2", () => {
    const line = {
      p50: ms(delay.percentile(50)),
      p95: ms(delay.percentile(95)),
      p99: ms(delay.percentile(99)),
      max: ms(delay.max),
      mean: ms(delay.mean),
      command: spread(commands!),
      held: spread(held!),
      gc: collections.take(),
    };
    process.stdout.write(`bench-metrics ${JSON.stringify(line)}\n`);
    delay.reset();
  });
}
