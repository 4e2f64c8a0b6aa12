import type { Collections, Spread } from "@/server/benchMetrics";
import type { RunResult, Scenario, ScenarioId } from "./scenarios";

export interface ScenarioOutcome {
  scenario: Scenario;
  /** Every round's together (rounds.ts), or the one run. */
  onside: RunResult;
  bare: RunResult | null;
  /** Each round on its own, in the order run, when there were several. */
  rounds?: { onside: RunResult; bare: RunResult | null }[];
}

type Round = NonNullable<ScenarioOutcome["rounds"]>[number];

export interface Target {
  scenario: ScenarioId;
  what: string;
  measured: string;
  met: boolean;
}

/** Under 100 ms to a tenth, as the phones time them (histogram.ts): a ratio of two 8 ms p99s needs it. */
const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "—" : `${v < 100 ? v.toFixed(1) : Math.round(v)} ms`);
const mb = (v: number) => `${Math.round(v)} MB`;
const byKind = (mbs: Record<string, number>) =>
  Object.entries(mbs)
    .filter(([, v]) => v >= 1)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 4)
    .map(([kind, v]) => `${kind} ${Math.round(v)}`)
    .join(", ") || "—";
const pct = (v: number) => `${Math.round(v)} %`;
const ratio = (ours: number | undefined, bare: number | undefined) =>
  ours === undefined || bare === undefined || Number.isNaN(ours) || Number.isNaN(bare) ? "—" : bare === 0 ? (ours === 0 ? "1.00×" : "∞") : `${(ours / bare).toFixed(2)}×`;
/** Latencies under a millisecond or two make ratios meaningless: compare against at least 1 ms. */
const floor1 = (v: number) => Math.max(1, v);

/** The rows of one scenario: [what, Onside, bare, ratio]. */
function rows({ scenario, onside: o, bare: b, rounds }: ScenarioOutcome): string[][] {
  const r: string[][] = [];
  /** A figure both servers have, shown side by side; `compare` adds their ratio. */
  const row = (what: string, show: (x: RunResult) => string, compare?: (x: RunResult) => number | undefined) =>
    r.push([what, show(o), b ? show(b) : "—", compare && b ? ratio(compare(o), compare(b)) : ""]);
  const latency = (what: string, f: (x: RunResult) => number | undefined) => row(what, (x) => ms(f(x)), f);

  row("phones connected", (x) => String(x.ready));
  if (o.join) r.push(["join: command → ack p50 / p99", `${ms(o.join.p50)} / ${ms(o.join.p99)}`, "—", ""]);
  row("time to connect everyone", (x) => `${(x.joinElapsedMs / 1000).toFixed(1)} s`);
  if (scenario.id !== "c") {
    row("cards sent / acknowledged", (x) => `${x.sent} / ${x.acked}`);
    latency("ack p50", (x) => x.ack.p50);
    latency("ack p95", (x) => x.ack.p95);
    latency("ack p99", (x) => x.ack.p99);
    latency("fan-out p50", (x) => x.fanout.p50);
    latency("fan-out p95", (x) => x.fanout.p95);
    latency("fan-out p99", (x) => x.fanout.p99);
    latency("fan-out max", (x) => x.fanout.max);
    latency("ack p99, long-polling phones only", (x) => x.ackPolling.p99);
    latency("fan-out p99, long-polling phones only", (x) => x.fanoutPolling.p99);
    if (rounds) {
      // How far apart the rounds were: the spread that pooling them evens out.
      const each = (f: (x: RunResult) => number, side: (pair: Round) => RunResult | null) =>
        `${rounds.map((pair) => { const x = side(pair); return x ? f(x).toFixed(1) : "—"; }).join(", ")} ms`;
      const ratios = (f: (x: RunResult) => number) => rounds.map((p) => (p.bare ? ratio(floor1(f(p.onside)), floor1(f(p.bare))) : "—")).join(", ");
      for (const [what, f] of [["ack p99", (x: RunResult) => x.ack.p99], ["fan-out p99", (x: RunResult) => x.fanout.p99]] as const) {
        r.push([`${what}, each round on its own`, each(f, (p) => p.onside), b ? each(f, (p) => p.bare) : "—", b ? ratios(f) : ""]);
      }
    }
    row("fan-out deliveries measured", (x) => String(x.fanout.count));
    row("lost (phone × card)", (x) => String(x.lost));
    row("duplicates: card twice at a phone / card twice in the log", (x) => (x.kind === "onside" ? `${x.duplicateCards} / ${x.duplicatesInLog}` : `${x.duplicateCards} / —`));
    // Allowed by the protocol: an event already covered by a snapshot is skipped by its seq.
    r.push(["events received again, skipped by seq", String(o.duplicateEvents), "—", ""]);
    if (o.missingFromLog > 0) r.push(["acknowledged, missing from the log", String(o.missingFromLog), "—", ""]);
  }
  if (scenario.id === "d") {
    latency("server start-up after the kill", (x) => x.restartMs);
    latency("restart → every phone back (in sync)", (x) => x.syncMs);
    latency("kill → every phone back (in sync)", (x) => x.syncFromKillMs);
    const spread = (s: RunResult["synced"]) => (s ? `${ms(s.p50)} / ${ms(s.p90)} / ${ms(s.max)}` : "—");
    // Whether the last phones came back late (their reconnection's back-off) or were served late.
    row("kill → each phone connected again p50 / p90 / last", (x) => spread(x.reconnected));
    row("restart → each phone in sync p50 / p90 / last", (x) => spread(x.synced));
    r.push(["snapshots received / gaps seen", `${o.snapshots} / ${o.gaps}`, "—", ""]);
    // More than one per phone means some came back twice, each time owed a catch-up.
    row("reconnections (all phones)", (x) => String(x.reconnects));
    // Each failed attempt doubles the wait before a phone's next one (500 ms, up to 5 s).
    row("failed connection attempts (all phones)", (x) => String(x.connectErrors));
  }
  row(scenario.id === "c" ? "server RSS, idle (end of the stretch)" : "server RSS, end", (x) => mb(x.server.lastRssMb), (x) => x.server.lastRssMb);
  row("server RSS, peak (joining included)", (x) => mb(x.serverWhole.peakRssMb), (x) => x.serverWhole.peakRssMb);
  row("server CPU, mean over the stretch", (x) => pct(x.server.meanCpuPct));
  row("server CPU, busiest second", (x) => pct(x.server.peakCpuPct));
  // Ready to run, but the phones' processes (or its own collector's helpers) had the cores: the
  // part of a latency that is neither the server's work nor the phones'.
  row("server's main thread waiting for a core, share of the stretch", (x) => (x.server.waitedPct === null ? "—" : pct(x.server.waitedPct)));
  row("received by the phones over the stretch (Socket.IO packets)", (x) => mb(x.receivedMb), (x) => x.receivedMb);
  // What the bytes were: a kind that should be small (presence, acks) showing up here is a finding.
  row("of which, by message (MB, the largest)", (x) => byKind(x.receivedByKindMb));
  // Each message is a write by the server and a read by a phone, whatever its size.
  row("messages received per phone over the stretch (events, not acks)", (x) => (x.ready > 0 ? (x.receivedEvents / x.ready).toFixed(1) : "—"));
  row("server's writes over the stretch (sockets and disk)", (x) => mb(x.server.writtenMb), (x) => x.server.writtenMb);
  const gc = (c: Collections | undefined) =>
    c ? `${c.minor.count} / ${Math.round(c.minor.ms)} ms; ${c.major.count} / ${Math.round(c.major.ms)} ms; ${Math.round(c.longest)} ms` : "—";
  row("load generators' CPU, mean (all)", (x) => pct(x.generatorsCpuPct));
  // A generator's pause holds every phone it has at once: part of both servers' latencies, and
  // not either server's doing.
  row("load generators' collector pauses, all added up: scavenges (count / total); full, with their incremental passes (count / total); longest", (x) => gc(x.generatorsGc));
  row("event-loop delay p50 / p99 / max", (x) => (x.loop ? `${x.loop.p50} / ${x.loop.p99} / ${x.loop.max} ms` : "—"));
  // The server's own share of the latencies above, measured inside it; the rest is the network,
  // the phones (the generators) and waiting for a core.
  const spread = (s: Spread | undefined) => (s && s.count > 0 ? `${s.p50.toFixed(1)} / ${s.p99.toFixed(1)} / ${s.p999.toFixed(1)} ms` : "—");
  row("in the server: command read → answered p50 / p99 / p99.9", (x) => spread(x.loop?.command));
  row("in the server: its events saved → sent to every phone p50 / p99 / p99.9", (x) => spread(x.loop?.held));
  // What the collector held the server for: the same load, so a figure to compare builds by.
  row("collector's pauses: scavenges (count / total); full, with their incremental passes (count / total); longest", (x) => gc(x.loop?.gc));
  return r;
}

export function targets(outcomes: ScenarioOutcome[]): Target[] {
  const t: Target[] = [];
  const within = (id: ScenarioId, what: string, ours: number, bare: number | undefined) => {
    if (bare === undefined) return;
    const r = floor1(ours) / floor1(bare);
    t.push({ scenario: id, what: `${what} p99 within 1.5× the bare server's`, measured: `${ms(ours)} vs ${ms(bare)} (${r.toFixed(2)}×)`, met: r <= 1.5 });
  };
  for (const { scenario, onside: o, bare: b } of outcomes) {
    const id = scenario.id;
    if (id === "a") {
      t.push({ scenario: id, what: "every card acknowledged", measured: `${o.acked} of ${o.sent} (phones: ${o.phones})`, met: o.acked === o.sent && o.sent === o.phones });
      t.push({ scenario: id, what: "ack p99 ≤ 500 ms", measured: ms(o.ack.p99), met: o.ack.p99 <= 500 });
      t.push({ scenario: id, what: "fan-out p99 ≤ 1 s", measured: ms(o.fanout.p99), met: o.fanout.p99 <= 1000 });
      t.push({ scenario: id, what: "none lost", measured: String(o.lost + o.missingFromLog), met: o.lost === 0 && o.missingFromLog === 0 });
      const dups = o.duplicateCards + o.duplicatesInLog;
      t.push({ scenario: id, what: "none duplicated", measured: String(dups), met: dups === 0 });
    }
    if (id === "b") t.push({ scenario: id, what: "fan-out p99 ≤ 100 ms", measured: ms(o.fanout.p99), met: o.fanout.p99 <= 100 });
    if (id === "c") t.push({ scenario: id, what: "server RSS ≤ 600 MB with everyone connected", measured: mb(o.server.lastRssMb), met: o.server.lastRssMb <= 600 });
    if (id === "d") {
      t.push({ scenario: id, what: "every phone back in sync within 10 s of the restart", measured: `${ms(o.syncMs)} (${o.inSync}/${o.phones} phones)`, met: o.syncMs !== undefined && o.syncMs <= 10_000 && o.inSync === o.phones });
      t.push({ scenario: id, what: "nothing acknowledged lost, nothing doubled", measured: `${o.lost + o.missingFromLog} lost, ${o.duplicateCards + o.duplicatesInLog} doubled`, met: o.lost === 0 && o.missingFromLog === 0 && o.duplicateCards + o.duplicatesInLog === 0 });
    }
    if (id === "a" || id === "b") {
      within(id, "ack", o.ack.p99, b?.ack.p99);
      within(id, "fan-out", o.fanout.p99, b?.fanout.p99);
    }
  }
  return t;
}

/** How a scenario run in rounds (rounds.ts) is read. */
function inRounds(o: ScenarioOutcome): string {
  if (!o.rounds) return "";
  return ` In ${o.rounds.length} rounds, the two servers taking turns (Onside first in odd rounds, the bare server in even ones): latencies over every round's cards together, cards and losses added up, the other figures the mean of the rounds (the largest, for maxima and memory).`;
}

function table(header: string[], body: string[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...body.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** For the terminal: fixed-width columns. */
export function printable(outcomes: ScenarioOutcome[]): string {
  const out: string[] = [];
  for (const o of outcomes) {
    const body = rows(o);
    const header = ["", "Onside", "bare Socket.IO", "ratio"];
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
    const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
    out.push(`\n(${o.scenario.id}) ${o.scenario.title} — ${o.scenario.workshops} × ${o.scenario.perWorkshop}${inRounds(o)}`, line(header), ...body.map(line));
  }
  out.push("\nTargets:");
  for (const t of targets(outcomes)) out.push(`  ${t.met ? "met   " : "MISSED"}  (${t.scenario}) ${t.what}: ${t.measured}`);
  return out.join("\n");
}

export interface Machine {
  date: string;
  commit: string;
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  generators: number;
  pinned: boolean;
  durationS: number;
}

export function markdown(outcomes: ScenarioOutcome[], machine: Machine, notes: string): string {
  const parts = [
    "# Onside load bench: report",
    "",
    "Written by `npm run bench` (tests/load/). Every figure below comes from one run on the machine described.",
    "",
    `- Date: ${machine.date}, commit ${machine.commit}`,
    `- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.ramGb} GB RAM, Node ${machine.node}`,
    `- Load generators: ${machine.generators} processes ${machine.pinned ? "on the second core, the server alone on the first (--pin)" : "on the same cores as the server"}; the run took ${Math.round(machine.durationS)} s`,
    "",
    "## Targets",
    "",
    table(["", "scenario", "target", "measured"], targets(outcomes).map((t) => [t.met ? "✅ met" : "❌ missed", t.scenario, t.what, t.measured])),
    "",
  ];
  for (const o of outcomes) {
    parts.push(`## (${o.scenario.id}) ${o.scenario.title}`, "", `${o.scenario.workshops} workshop(s) × ${o.scenario.perWorkshop} phones.${inRounds(o)}`, "", table(["", "Onside", "bare Socket.IO", "ratio"], rows(o)), "");
  }
  parts.push(notes.trim(), "");
  return parts.join("\n");
}
