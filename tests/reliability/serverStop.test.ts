import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardsOf, type WorkshopState } from "@/lib/domain";
import { participantToken } from "@/lib/client/identity";
import type { WorkshopClient } from "@/lib/client/workshopClient";
import { SqliteStore } from "@/server/store/sqliteStore";
import { Browsers, must } from "../helpers/clients";
import { Peer, createWorkshop } from "../helpers/peer";
import { kill, spawnServer, type ServerProcess } from "../helpers/process";
import { until } from "../helpers/wait";

/**
 * The laptop's server goes away in the middle of a burst of posts — killed outright (kill -9, a
 * crash, the lid shut with the battery dead) or stopped properly (SIGTERM, Ctrl+C) — and is
 * started again on the same data at the same address. Phones use lib/client as the pages do:
 * nobody reloads or taps anything again; the outbox and the reconnect must do it all.
 */
describe("the server stopped in the middle of a burst, then started again on the same data", () => {
  let dataDir: string;
  let servers: ServerProcess[];
  let peers: Peer[];
  let url = "";
  const browsers = new Browsers(() => url);

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "onside-stop-"));
    servers = [];
    peers = [];
  });
  afterEach(async () => {
    browsers.stopAll();
    for (const p of peers) p.close();
    for (const s of servers) await kill(s);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A facilitator and three phones in "Changes around us", each phone about to post a burst. */
  async function room(env: Record<string, string> = {}) {
    const first = await spawnServer(dataDir, { env });
    servers.push(first);
    url = first.url;
    const created = await createWorkshop(url);
    const facilitator = browsers.facilitator(created.code, created.facilitatorToken);
    const phones = await Promise.all(["Ann", "Bob", "Cy"].map((name, i) => browsers.phone(created.code, name, `t${i + 1}`)));
    await must(facilitator, { type: "phase.goto", phaseId: "changes" });
    for (const { phone } of phones) await until(() => phone.getSnapshot().state?.currentPhaseId === "changes", "the phase change on every phone");
    return { first, created, facilitator, phones };
  }

  /** Every phone posts `n` cards at once, through its outbox; resolves with the answers as they come. */
  function burst(phones: { phone: WorkshopClient }[], n: number) {
    const acked = new Map<string, string>();
    const answers = phones.flatMap(({ phone }, p) =>
      Array.from({ length: n }, (_, i) => {
        const text = `phone ${p} card ${i}`;
        return phone.send({ type: "card.add", phaseId: "changes", text }).then((res) => {
          if (res.ok) acked.set(res.data.id!, text);
          return res;
        });
      }),
    );
    return { acked, answers, texts: phones.flatMap((_, p) => Array.from({ length: n }, (_, i) => `phone ${p} card ${i}`)) };
  }

  /** After the restart: every outbox empty, every card there once, every device holding what the server holds. */
  async function allBackInSync(code: string, facilitatorToken: string, facilitator: WorkshopClient, phones: { phone: WorkshopClient }[], texts: string[], ackedBefore: Map<string, string>) {
    for (const { phone } of phones) await until(() => phone.getSnapshot().pending.length === 0, "every phone's outbox to be sent", 30_000);
    const server = await new Peer(url, code, { role: "facilitator", token: facilitatorToken }).connected();
    peers.push(server);
    await server.until(() => server.state !== null);
    const truth = server.state!;
    const cards = cardsOf(truth, "changes");

    // Nothing acknowledged is lost…
    const byId = new Map(cards.map((c) => [c.id, c.text]));
    for (const [id, text] of ackedBefore) expect(byId.get(id), `acknowledged card ${id}`).toBe(text);
    // …nothing sent is lost either (the outbox sent the rest), and nothing is there twice.
    expect(cards.map((c) => c.text).sort()).toEqual([...texts].sort());

    // Every device comes back to exactly what the server holds for it, without anyone reloading.
    await until(() => facilitator.getSnapshot().state?.seq === truth.seq && facilitator.getSnapshot().connection === "online", "the console to catch up", 15_000);
    expect(stripVolatile(facilitator.getSnapshot().state!)).toEqual(stripVolatile(truth));
    for (const { phone } of phones) {
      await until(() => phone.getSnapshot().state?.seq === truth.seq, "every phone to catch up", 15_000);
      expect(cardsOf(phone.getSnapshot().state!, "changes").map((c) => c.text).sort()).toEqual([...texts].sort());
    }
    return truth;
  }

  it("kill -9: nothing acknowledged is lost, nothing is doubled, and every device is back in sync by itself", async () => {
    const { first, created, facilitator, phones } = await room();
    const { acked, answers, texts } = burst(phones, 25);
    await until(() => acked.size >= 10, "the first acknowledgements");
    await kill(first, "SIGKILL");
    const ackedBefore = new Map(acked);
    // A crash leaves the write-ahead log as it was: the store was not closed.
    expect(existsSync(path.join(dataDir, "onside.sqlite-wal"))).toBe(true);

    const second = await spawnServer(dataDir, { port: first.port });
    servers.push(second);
    await allBackInSync(created.code, created.facilitatorToken, facilitator, phones, texts, ackedBefore);
    // Every post was answered in the end, and accepted.
    const results = await Promise.all(answers);
    expect(results.every((r) => r.ok)).toBe(true);
    // The others carry on: the facilitator moves the room on and every phone follows.
    await must(facilitator, { type: "phase.goto", phaseId: "shoes" });
    for (const { phone } of phones) await until(() => phone.getSnapshot().state?.currentPhaseId === "shoes", "the room to move on");
  });

  it("SIGTERM: what the server holds is finished and answered, phones are told, the store is closed; then the same", async () => {
    // A slow disk (each write 15 ms): when the signal comes, the server holds commands not yet saved.
    const { first, created, facilitator, phones } = await room({ SLOW_DISK_MS: "15" });
    // A raw socket beside the phones sees what the server says as it goes.
    const watcher = await new Peer(url, created.code, { role: "participant", token: participantToken(phones[0]!.storage, created.code) }).connected();
    peers.push(watcher);
    await watcher.until(() => watcher.state !== null);

    // The watcher's own burst, every answer recorded: which commands the server said it did.
    const sent = Array.from({ length: 40 }, (_, i) => ({ id: `sigterm-${String(i).padStart(4, "0")}`, text: `watcher card ${i}` }));
    const watcherAnswers = new Map<string, { ok: boolean; code?: string }>();
    const watcherDone = sent.map(({ id, text }) =>
      watcher
        .send({ type: "card.add", phaseId: "changes", text }, id)
        .then((res) => watcherAnswers.set(id, res.ok ? { ok: true } : { ok: false, code: res.error.code }))
        .catch(() => undefined),
    );
    const { acked, answers, texts } = burst(phones, 25);
    await until(() => watcherAnswers.size >= 3, "the first acknowledgements");
    const ended = await kill(first, "SIGTERM");
    await Promise.all(watcherDone);
    const ackedBefore = new Map(acked);

    // A graceful stop: a clean exit, the phones told, and the store closed (its WAL checkpointed away).
    expect(ended).toEqual({ code: 0, signal: null });
    expect(watcher.received.map((m) => m.event)).toContain("server:closing");
    expect(existsSync(path.join(dataDir, "onside.sqlite-wal"))).toBe(false);

    // Every command the first server saved was answered before it went: none was left half done.
    const store = SqliteStore.open(dataDir);
    const saved = (await store.load(created.code)).map((e) => e.commandId).filter((id): id is string => id?.startsWith("sigterm-") ?? false);
    await store.close();
    for (const id of saved) expect(watcherAnswers.get(id), `saved command ${id}`).toEqual({ ok: true });
    // What it did not save, it said it could not take (or the connection closed before it was read).
    for (const [id, answer] of watcherAnswers) if (!saved.includes(id)) expect(answer.ok, `unsaved command ${id}`).toBe(false);

    const second = await spawnServer(dataDir, { port: first.port });
    servers.push(second);
    const truth = await allBackInSync(created.code, created.facilitatorToken, facilitator, phones, [...texts, ...sent.filter((s) => saved.includes(s.id)).map((s) => s.text)], ackedBefore);
    expect((await Promise.all(answers)).every((r) => r.ok)).toBe(true);
    expect(truth.seq).toBeGreaterThan(0);
  });
});

/** The parts of a state that differ between copies only by when they were made. */
function stripVolatile(state: WorkshopState): WorkshopState {
  return { ...state, secrets: null };
}
