import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Opt-in (BENCH_METRICS=1) for the load bench, off otherwise: how long the event loop was held
 * up, which no outside sampling can see. On SIGUSR2 the server writes one line
 * `bench-metrics {"p50":…,"p95":…,"p99":…,"max":…,"mean":…}` (milliseconds since the last one)
 * to stdout and starts counting afresh, so the bench reads each stretch of its run on its own.
 */
export function enableBenchMetrics(env: Record<string, string | undefined>): void {
  if (env.BENCH_METRICS !== "1") return;
  const RESOLUTION_MS = 10;
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  // Each sample is a whole timer interval: what lies beyond the interval is the delay.
  const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);
  process.on("SIGUSR2", () => {
    const line = { p50: ms(delay.percentile(50)), p95: ms(delay.percentile(95)), p99: ms(delay.percentile(99)), max: ms(delay.max), mean: ms(delay.mean) };
    process.stdout.write(`bench-metrics ${JSON.stringify(line)}\n`);
    delay.reset();
  });
}
