import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Delivery } from "@/lib/domain";
import { addCollections, commandAnswered, countCollections, enableBenchMetrics, eventsSent, noCollections, timing, type Spread } from "@/server/benchMetrics";
import { Broadcaster } from "@/server/realtime/broadcaster";
import { SLICE } from "@/server/realtime/slices";
import { recording } from "../../helpers/recordingServer";

interface Line {
  p99: number;
  command: Spread;
  held: Spread;
}

/** What the server writes when the bench asks (SIGUSR2), parsed as the bench parses it. */
function ask(): Line {
  const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    process.emit("SIGUSR2", "SIGUSR2");
    const line = write.mock.calls.map(([chunk]) => String(chunk)).find((c) => c.startsWith("bench-metrics "));
    expect(line, "the server answers with one bench-metrics line").toBeDefined();
    return JSON.parse(line!.slice("bench-metrics ".length)) as Line;
  } finally {
    write.mockRestore();
  }
}

describe("the server's own timings for the load bench", () => {
  afterAll(() => {
    process.removeAllListeners("SIGUSR2");
  });

  it("takes none unless BENCH_METRICS=1, so a live server reads no clock for them", () => {
    enableBenchMetrics({});
    expect(timing()).toBe(false);
    expect(process.listenerCount("SIGUSR2")).toBe(0);
    // Harmless when off: the broadcaster and the handlers call these unconditionally.
    commandAnswered(performance.now());
    eventsSent(performance.now());
  });

  it("reports how long commands and their events spent in the server, then counts afresh", () => {
    enableBenchMetrics({ BENCH_METRICS: "1" });
    expect(timing()).toBe(true);
    const now = performance.now();
    for (const ms of [2, 3, 4]) commandAnswered(now - ms);
    eventsSent(now - 250);

    const first = ask();
    expect(first.command.count).toBe(3);
    expect(first.command.p50).toBeGreaterThanOrEqual(3);
    expect(first.command.max).toBeGreaterThanOrEqual(4);
    expect(first.held.count).toBe(1);
    expect(first.held.p50).toBeGreaterThanOrEqual(250);
    expect(first.p99).toBeGreaterThanOrEqual(0);

    const next = ask();
    expect(next.command).toEqual({ p50: 0, p99: 0, p999: 0, max: 0, count: 0 });
    expect(next.held.count).toBe(0);
  });

  it("shows a stall of two commands in a thousand at p99.9, where p99 does not see it", () => {
    enableBenchMetrics({ BENCH_METRICS: "1" });
    const now = performance.now();
    for (let i = 0; i < 998; i++) commandAnswered(now - 0.5);
    commandAnswered(now - 30);
    commandAnswered(now - 30);
    const { command } = ask();
    expect(command.p99).toBeLessThan(5);
    expect(command.p999).toBeGreaterThanOrEqual(30);
  });

  it("counts a kick-off's events as sent only once the last slice of their flush is out", async () => {
    const { io, got } = recording("KICKOF", SLICE * 3);
    const broadcaster = new Broadcaster(io, true);
    ask();
    const card: Delivery = {
      to: { kind: "participants", except: [] },
      event: { seq: 1, at: 1, event: { type: "card.added", cardId: "c1", phaseId: "x", authorId: "p1", teamId: "t1", text: "hi", column: null, aboutTeamId: null, anonymous: false } },
    };
    broadcaster.publish("KICKOF", [card]);
    await new Promise((r) => setImmediate(r));
    expect(got.get("s0")).toHaveLength(1);
    expect(got.get(`s${SLICE * 3 - 1}`), "the last slice is still to go").toEqual([]);
    expect(ask().held.count).toBe(0);

    await new Promise((r) => setTimeout(r, 50));
    expect(got.get(`s${SLICE * 3 - 1}`)).toHaveLength(1);
    expect(ask().held.count).toBe(1);
    broadcaster.flushAll();
  });
});

describe("the collector's pauses, counted (the server's and each load generator's)", () => {
  it("counts this process's full collections, then counts afresh", async () => {
    const counter = countCollections();
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    gc();
    // The observer hears of them after the fact, on a later turn.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const first = counter.take();
    expect(first.major.count).toBeGreaterThanOrEqual(2);
    expect(first.major.ms).toBeGreaterThan(0);
    expect(first.longest).toBeGreaterThan(0);
    expect(counter.take()).toEqual(noCollections());
  });

  it("adds two counts: pauses and their time add up, the longest is the longest of either", () => {
    const a = { minor: { count: 3, ms: 12 }, major: { count: 1, ms: 30 }, longest: 30 };
    const b = { minor: { count: 5, ms: 40 }, major: { count: 0, ms: 0 }, longest: 9 };
    expect(addCollections(a, b)).toEqual({ minor: { count: 8, ms: 52 }, major: { count: 1, ms: 30 }, longest: 30 });
  });
});
