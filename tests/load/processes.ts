import { execFileSync, fork, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildServer } from "../../scripts/build-server.mjs";
import type { Collections, Spread } from "@/server/benchMetrics";
import type { Answer, Order, ServerKind } from "./messages";

const here = import.meta.dirname;
const root = path.resolve(here, "../..");

/**
 * What the server measured of itself over a stretch (server/benchMetrics.ts), in ms: its event-loop
 * delay, and its own share of a phone's wait (the bare server has no commands: counts of 0).
 */
export interface ServerMetrics {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** A command, read → answered. */
  command: Spread;
  /** A command's events, saved → written to the last socket they go to. */
  held: Spread;
  gc: Collections;
}

/**
 * The settings the bench starts Onside with. Every phone comes from 127.0.0.1, so the limits per
 * address (connections, creations, unknown codes) are turned off (0), and a workshop may take any
 * number of people (MAX_PARTICIPANTS defaults to 500; the kick-off has 2,000). The limit per
 * socket (50 commands at once, then 10 a second) stays as it is: no phone comes near it.
 */
export const BENCH_ENV: Record<string, string> = {
  NODE_ENV: "production",
  HOST: "127.0.0.1",
  BENCH_METRICS: "1",
  RATE_CONNECTIONS_PER_MINUTE: "0",
  RATE_CREATES_PER_MINUTE: "0",
  RATE_CODE_MISSES_PER_MINUTE: "0",
  MAX_PARTICIPANTS: "0",
  RETENTION_DAYS: "0",
};

/**
 * Node's and V8's flags for one server, for an experiment: `BENCH_ONSIDE_FLAGS` and
 * `BENCH_BARE_FLAGS` (space-separated, e.g. `--trace-gc-nvp` or `--max-semi-space-size=32`), and
 * `BENCH_GENERATOR_FLAGS` for every load generator (both halves' alike).
 * `BENCH_SERVER_OUT=<prefix>` keeps what each server prints in `<prefix>.onside` and
 * `<prefix>.bare` (the collector's trace goes there). bench/NOTES.md 43 and 44 were measured so.
 */
function experimentFlags(kind: ServerKind | "generator"): string[] {
  const flags = { onside: process.env.BENCH_ONSIDE_FLAGS, bare: process.env.BENCH_BARE_FLAGS, generator: process.env.BENCH_GENERATOR_FLAGS }[kind];
  return flags?.split(" ").filter(Boolean) ?? [];
}

/**
 * The servers the bench runs, each compiled to JavaScript as `npm start` runs Onside, into a
 * directory of the bench's own (`--pages` runs `npm start`'s own build of server/main.ts).
 */
const compiled: Partial<Record<"bench" | "main" | "bare" | "generator", string>> = {};

/**
 * Compiles them, once per bench run, before any is started: a restart after the crash is then
 * timed as Onside restarts, and the bare server is started the same way as Onside. The load
 * generator too: run through `tsx`, every long-polling request went through its loader's hooks
 * (the Node client's XMLHttpRequest `require`s its modules anew for each one), a fortieth of
 * what the generators allocated.
 */
export async function compileServers(entry: "bench" | "main"): Promise<void> {
  const bench = await buildServer(
    { "bench-server": "tests/load/server.ts", "bench-bare": "tests/load/bareServer.ts", "bench-generator": "tests/load/generator.ts" },
    ".onside/bench",
  );
  compiled.bench = bench["bench-server"];
  compiled.bare = bench["bench-bare"];
  compiled.generator = bench["bench-generator"];
  if (entry === "main") compiled.main = (await buildServer()).main;
}

export class ServerProcess {
  private out = "";
  private waiting: ((line: string) => void)[] = [];

  private constructor(
    readonly kind: ServerKind,
    readonly child: ChildProcess,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /**
   * Onside (`entry`: the bench's server without pages, or server/main.ts with them) or the bare
   * server, on `port` (0: any free one) and `dataDir`. Resolves once it listens.
   */
  static start(kind: ServerKind, options: { port: number; dataDir: string; entry: "bench" | "main"; cpuProf?: string; pin?: boolean }): Promise<ServerProcess> {
    const script = compiled[kind === "bare" ? "bare" : options.entry];
    if (!script) throw new Error("compileServers() first");
    const args = ["--enable-source-maps", ...experimentFlags(kind), ...(options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`] : []), script];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...BENCH_ENV, PORT: String(options.port), DATA_DIR: options.dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (options.pin) pinTo(child.pid!, 0);
    child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[${kind} server] ${chunk.toString()}`));
    return new Promise((resolve, reject) => {
      let server: ServerProcess | null = null;
      let buffer = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        if (process.env.BENCH_SERVER_OUT) appendFileSync(`${process.env.BENCH_SERVER_OUT}.${kind}`, chunk);
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) {
          if (server) {
            server.out += `${line}\n`;
            if (line.startsWith("bench-metrics ")) server.waiting.shift()?.(line);
            continue;
          }
          // server/main.ts prints its address; the bench's entry and the bare server `listening <port>`.
          const port = /listening (\d+)/.exec(line)?.[1] ?? /http:\/\/localhost:(\d+)/.exec(line)?.[1];
          if (port) {
            server = new ServerProcess(kind, child, Number(port));
            resolve(server);
          }
        }
      });
      child.once("exit", (code, signal) => {
        if (!server) reject(new Error(`${kind} server exited before listening (${code ?? signal})`));
      });
    });
  }

  /** What the server measured of itself since the last call (or since it started). */
  metrics(): Promise<ServerMetrics | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter = (line: string) => {
        clearTimeout(timer);
        resolve(JSON.parse(line.slice("bench-metrics ".length)) as ServerMetrics);
      };
      // A server too busy to answer within 15 s is reported without it (and its late line ignored).
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== waiter);
        resolve(null);
      }, 15_000);
      this.waiting.push(waiter);
      this.child.kill("SIGUSR2");
    });
  }

  /** Ends it: SIGKILL for the crash test (nothing saved afterwards), SIGTERM to write a CPU profile. */
  stop(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once("exit", () => resolve());
      this.child.kill(signal);
      // A graceful stop that hangs is ended after a while: the bench must finish.
      if (signal !== "SIGKILL") setTimeout(() => this.child.kill("SIGKILL"), 20_000).unref();
    });
  }
}

/** One load generator process, answering the orders it is given one after another. */
export class Generator {
  private readonly child: ChildProcess;
  private readonly answers: ((answer: Answer) => void)[] = [];

  constructor(
    readonly index: number,
    pin = false,
  ) {
    if (!compiled.generator) throw new Error("compileServers() first");
    this.child = fork(compiled.generator, [], {
      cwd: root,
      // BENCH_GENERATOR_PROFILE=<dir>: a CPU profile of each generator, to see what the phones cost.
      // A larger young generation, and a full collection before the measured stretch (generator.ts):
      // the phones' pauses for garbage are the generator's, not the server's.
      execArgv: ["--enable-source-maps", "--max-semi-space-size=32", "--expose-gc", ...experimentFlags("generator"), ...(process.env.BENCH_GENERATOR_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_GENERATOR_PROFILE}`] : [])],
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    if (pin) pinTo(this.child.pid!, 1);
    this.child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[generator ${index}] ${chunk.toString()}`));
    this.child.on("message", (answer: Answer) => this.answers.shift()?.(answer));
  }

  get pid(): number {
    return this.child.pid!;
  }

  ask<T extends Answer["type"]>(order: Order): Promise<Extract<Answer, { type: T }>> {
    return new Promise((resolve) => {
      this.answers.push((answer) => resolve(answer as Extract<Answer, { type: T }>));
      this.child.send(order);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    await this.ask({ type: "close" });
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (this.child.exitCode === null) this.child.kill("SIGKILL");
  }
}

/**
 * `--pin`: the server on a core of its own and the generators on the other, as a server and the
 * phones in a room have CPUs of their own. On two shared cores, a run's tails depend on how the
 * scheduler places three busy processes; pinned, what is left of a phone's latency is the
 * generators', and the server's share can be read apart. Needs `taskset` (util-linux).
 */
function pinTo(pid: number, core: number): void {
  execFileSync("taskset", ["-a", "-p", "-c", String(core % os.availableParallelism()), String(pid)], { stdio: "ignore" });
}
