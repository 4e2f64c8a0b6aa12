/**
 * A load generator: a child process of the bench holding a share of the simulated phones, so that
 * the phones' work is spread over processes (and cores) of its own, apart from the server's.
 * It takes orders over IPC (messages.ts) and answers each one.
 */
import { Collector } from "./collector";
import type { Answer, CheckResult, Order } from "./messages";
import { BarePhone } from "./barePhone";
import { OnsidePhone } from "./phone";
import type { SimPhone } from "./simPhone";

const stats = new Collector();
let phones: SimPhone[] = [];
const timers: NodeJS.Timeout[] = [];

const reply = (answer: Answer): void => void process.send!(answer);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function settle(deadlineMs: number): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  let pending = phones.reduce((n, p) => n + p.pending(), 0);
  while (pending > 0 && Date.now() < deadline) {
    await sleep(100);
    pending = phones.reduce((n, p) => n + p.pending(), 0);
  }
  return pending;
}

async function handle(order: Order): Promise<void> {
  switch (order.type) {
    case "init": {
      const options = { url: order.url, cardsPerPhone: order.cardsPerPhone, sharedDecode: order.sharedDecode };
      phones = order.phones.map((spec) => (order.kind === "onside" ? new OnsidePhone(spec, options, stats) : new BarePhone(spec, options, stats)));
      return reply({ type: "ready" });
    }
    case "connect": {
      const started = Date.now();
      let ready = 0;
      let failed = 0;
      const gap = 1000 / order.perSecond;
      const all = phones.map(async (phone, i) => {
        await sleep(i * gap);
        try {
          await Promise.race([phone.start(), sleep(60_000).then(() => Promise.reject(new Error("not ready after 60 s")))]);
          ready++;
        } catch (err) {
          failed++;
          if (failed <= 3) console.error(`phone ${phone.spec.code}/${phone.spec.local}: ${err instanceof Error ? err.message : String(err)}`);
        }
      });
      await Promise.all(all);
      return reply({ type: "connected", ready, failed, join: stats.join.toJSON(), elapsedMs: Date.now() - started });
    }
    case "burst": {
      for (const phone of phones) timers.push(setTimeout(() => phone.post(), Math.max(0, order.at + Math.random() * order.windowMs - Date.now())));
      await sleep(Math.max(0, order.at + order.windowMs - Date.now()) + 50);
      return reply({ type: "done", pending: await settle(30_000) });
    }
    case "steady": {
      const end = order.at + order.durationMs;
      for (const phone of phones) {
        const next = (at: number) => {
          if (at >= end) return;
          timers.push(
            setTimeout(() => {
              phone.post();
              next(at + order.minGapMs + Math.random() * (order.maxGapMs - order.minGapMs));
            }, Math.max(0, at - Date.now())),
          );
        };
        // Each phone starts at a moment of its own in its first gap, so posts arrive steadily.
        next(order.at + Math.random() * order.maxGapMs);
      }
      await sleep(Math.max(0, end - Date.now()) + 50);
      return reply({ type: "done", pending: await settle(30_000) });
    }
    case "pending":
      return reply({ type: "pending", pending: phones.reduce((n, p) => n + p.pending(), 0) });
    case "reset":
      // Joining left garbage of a thousand phones behind: collected now, a full collection cannot
      // fall in the measured stretch (one of 150 ms did, in half the runs, with every phone of
      // this process waiting on it). Run with --expose-gc (processes.ts).
      (globalThis as { gc?: () => void }).gc?.();
      // Its pause reaches the collector's count a turn or two later: counted before the counts
      // start afresh, not as the stretch's (it was, as each generator's longest pause).
      await sleep(50);
      stats.reset();
      return reply({ type: "ok" });
    case "stats":
      return reply({ type: "stats", stats: stats.stats() });
    case "check": {
      const result: CheckResult = { missing: 0, phonesMissing: 0, inSync: 0, phones: phones.length, lastSyncAt: 0, syncedAt: [], reconnectedAt: [] };
      for (const phone of phones) {
        const missing = phone.missing(order.acked[phone.spec.code] ?? []);
        result.missing += missing;
        if (missing > 0) result.phonesMissing++;
        if ((missing === 0 || !order.requireCards) && phone.inSync(order.seqs?.[phone.spec.code])) {
          result.inSync++;
          result.lastSyncAt = Math.max(result.lastSyncAt, phone.lastChangeAt);
          result.syncedAt.push(phone.lastChangeAt);
        }
        if (phone.reconnectedAt > 0) result.reconnectedAt.push(phone.reconnectedAt);
      }
      return reply({ type: "check", result });
    }
    case "close":
      for (const t of timers) clearTimeout(t);
      for (const phone of phones) phone.close();
      reply({ type: "ok" });
      setTimeout(() => process.exit(0), 200);
      return;
  }
}

// One order at a time, in the order given: each answer belongs to the order before it.
let queue = Promise.resolve();
process.on("message", (order: Order) => {
  queue = queue.then(() => handle(order)).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
});
process.on("disconnect", () => process.exit(0));
