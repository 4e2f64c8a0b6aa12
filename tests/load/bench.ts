/**
 * Onside's load bench: `npm run bench` (all four scenarios, about fifteen minutes), or
 * `npm run bench -- --scenario a` (or a,d), `--scale 0.1` for a quick small run, `--no-bare` to
 * skip the bare Socket.IO yardstick, `--pages` to run server/main.ts with Next (needs a build),
 * `--cpu-prof <dir>` for CPU profiles of both servers (`<dir>/onside`, `<dir>/bare`), `--anonymous` to post the cards
 * anonymously (each author then gets a copy of their own), `--rounds <n>` to run each scenario's
 * two servers in turn n times (3 for (b) by default, rounds.ts), `--report <file>` to write the report
 * elsewhere. A full run at full size writes bench/REPORT.md; other runs only print, unless told.
 * For experiments, Node's flags for either server and what it prints: processes.ts (`experimentFlags`).
 *
 * Never part of the test suites: it measures, and what it measures depends on the machine.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { markdown, printable, type ScenarioOutcome } from "./report";
import { pool } from "./rounds";
import { runScenario, scenarios, type RunResult, type ScenarioId } from "./scenarios";
import { compileServers } from "./processes";

const root = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: "a,b,c,d" },
    scale: { type: "string", default: "1" },
    generators: { type: "string", default: "2" },
    "no-bare": { type: "boolean", default: false },
    "no-shared-decode": { type: "boolean", default: false },
    pages: { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    pin: { type: "boolean", default: false },
    anonymous: { type: "boolean", default: false },
    rounds: { type: "string" },
    report: { type: "string" },
  },
});

const ids = values.scenario.split(",").map((s) => s.trim()) as ScenarioId[];
const scale = Number(values.scale);
const all = scenarios(scale);
for (const id of ids) if (!(id in all)) throw new Error(`Unknown scenario "${id}": choose among a, b, c, d`);
const full = scale === 1 && ["a", "b", "c", "d"].every((id) => ids.includes(id as ScenarioId));
const reportPath = values.report ?? (full ? path.join(root, "bench", "REPORT.md") : undefined);
if (values.pages && !existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("--pages needs a production build: run `npm run build` first");

const started = performance.now();
const options = {
  generators: Number(values.generators),
  entry: values.pages ? ("main" as const) : ("bench" as const),
  sharedDecode: !values["no-shared-decode"],
  cpuProf: values["cpu-prof"] ? path.resolve(values["cpu-prof"]) : undefined,
  pin: values.pin,
  anonymous: values.anonymous,
  log: (line: string) => console.log(`${line}  [${((performance.now() - started) / 1000).toFixed(0)} s]`),
};

await compileServers(options.entry);
const outcomes: ScenarioOutcome[] = [];
for (const id of ids) {
  const scenario = all[id];
  console.log(`\n(${id}) ${scenario.title}: ${scenario.workshops} × ${scenario.perWorkshop}${options.anonymous ? ", cards posted anonymously" : ""}`);
  // Many rooms' p99s are a few milliseconds, which the machine's speed moves from minute to minute:
  // there, the two servers take turns, Onside first in odd rounds and the bare server in even ones.
  const bareToo = !values["no-bare"];
  const rounds = values.rounds ? Number(values.rounds) : id === "b" && bareToo ? 3 : 1;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number, 1 or more (got "${values.rounds}")`);
  const runs: { onside: RunResult[]; bare: RunResult[] } = { onside: [], bare: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 || !bareToo ? (["onside", "bare"] as const) : (["bare", "onside"] as const);
    if (rounds > 1) console.log(`  round ${round + 1} of ${rounds}`);
    for (const kind of order) if (kind === "onside" || bareToo) runs[kind].push(await runScenario(scenario, kind, options));
  }
  outcomes.push({
    scenario,
    onside: pool(runs.onside),
    bare: bareToo ? pool(runs.bare) : null,
    ...(rounds > 1 ? { rounds: runs.onside.map((onside, i) => ({ onside, bare: runs.bare[i] ?? null })) } : {}),
  });
}

console.log(printable(outcomes));

if (reportPath) {
  const notesFile = path.join(root, "bench", "NOTES.md");
  const notes = existsSync(notesFile) ? readFileSync(notesFile, "utf8") : "";
  const machine = {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    commit: (() => {
      try {
        return execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim();
      } catch {
        return "unknown";
      }
    })(),
    cpu: os.cpus()[0]?.model ?? "unknown CPU",
    cores: os.availableParallelism(),
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    generators: options.generators,
    pinned: options.pin,
    durationS: (performance.now() - started) / 1000,
  };
  mkdirSync(path.dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, markdown(outcomes, machine, notes));
  console.log(`\nReport written to ${path.relative(process.cwd(), reportPath)}`);
}
process.exit(0);
