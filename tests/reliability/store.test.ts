import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardsOf, type WorkshopState } from "@/lib/domain";
import type { CreatedWorkshop } from "@/lib/protocol";
import { SqliteStore } from "@/server/store/sqliteStore";
import { Browsers } from "../helpers/clients";
import { FaultyStore } from "../helpers/faultyStore";
import { Peer, createWorkshop } from "../helpers/peer";
import { kill, spawnServer, type ServerProcess } from "../helpers/process";
import { startServer, type TestServer } from "../helpers/server";
import { until } from "../helpers/wait";

const cardTexts = (state: WorkshopState) => cardsOf(state, "changes").map((c) => c.text).sort();

describe("the database unavailable, or the disk full", () => {
  let server: TestServer;
  let store: FaultyStore;
  let created: CreatedWorkshop;
  const peers: Peer[] = [];
  const browsers = new Browsers(() => server.url);

  beforeEach(async () => {
    server = await startServer(undefined, { store: (dir) => (store = new FaultyStore(SqliteStore.open(dir))) });
    created = await createWorkshop(server.url);
  });
  afterEach(async () => {
    browsers.stopAll();
    for (const p of peers.splice(0)) p.close();
    await server.dispose();
  });

  it("refuses commands as `unavailable` with nothing half done, and takes them once it is back", async () => {
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const ann = await Peer.participant(server.url, created.code).connected();
    const cy = await Peer.participant(server.url, created.code).connected();
    peers.push(facilitator, ann, cy);
    await ann.join("Ann", "t1");
    const bob = await browsers.phone(created.code, "Bob", "t2");
    // In a perspective phase a newcomer's join is two events: the person, and the team they write as.
    expect((await facilitator.send({ type: "phase.goto", phaseId: "shoes" })).ok).toBe(true);
    await ann.until(() => ann.state?.currentPhaseId === "shoes");
    const room = (await server.onside.rooms.get(created.code))!;
    const before = { seq: room.state.seq, log: (await store.load(created.code)).length };

    store.failing = "writes";
    const card = { type: "card.add", phaseId: "changes", text: "Ann's card" } as const;
    const refused = await ann.send(card, "full-disk-0001");
    expect(refused).toMatchObject({ ok: false, error: { code: "unavailable", message: expect.stringMatching(/could not be saved/) } });
    const join = await cy.send({ type: "participant.join", name: "Cy", teamId: "t3" }, "full-disk-0002");
    expect(join).toMatchObject({ ok: false, error: { code: "unavailable" } });
    const httpCreate = await fetch(`${server.url}/api/workshops`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "Later", teams: ["A", "B"] }) });
    expect(httpCreate.status).toBe(503);
    expect(await httpCreate.json()).toMatchObject({ error: { code: "unavailable", message: expect.stringMatching(/\w/) } });
    // Bob's phone keeps his card and tries again by itself.
    const bobsAnswer = bob.phone.send({ type: "card.add", phaseId: "changes", text: "Bob's card" });
    const refusals = store.refused;
    await until(() => store.refused > refusals + 1, "Bob's phone to try again");
    expect(bob.phone.getSnapshot().pending).toHaveLength(1);

    // Nothing half done: not in the log, not in the server's state, not on any device.
    expect(room.state.seq).toBe(before.seq);
    expect((await store.load(created.code)).length).toBe(before.log);
    expect(Object.values(room.state.participants).map((p) => p.name)).not.toContain("Cy");
    expect(facilitator.state!.seq).toBe(before.seq);
    // The connections carry on: reading still works.
    expect(ann.socket.connected && cy.socket.connected).toBe(true);

    store.failing = null;
    const retried = await ann.send(card, "full-disk-0001");
    expect(retried.ok).toBe(true);
    expect((await cy.send({ type: "participant.join", name: "Cy", teamId: "t3" }, "full-disk-0002")).ok).toBe(true);
    expect((await bobsAnswer).ok).toBe(true);
    await facilitator.until(() => facilitator.state!.seq === room.state.seq && cardsOf(facilitator.state!, "changes").length === 2, "both cards");
    expect(cardTexts(facilitator.state!)).toEqual(["Ann's card", "Bob's card"]);
    const cys = Object.values(facilitator.state!.participants).filter((p) => p.name === "Cy");
    expect(cys).toHaveLength(1);
    // Both of the join's events are there: the person, and the team Cy writes as.
    expect(facilitator.state!.assignments.shoes?.[cys[0]!.id]).toBeDefined();
  });

  it("refuses to open a workshop it cannot read (a clear answer over HTTP and at the handshake), and opens it once the database is back", async () => {
    server = await server.restart();
    store.failing = "everything";
    const refused = await fetch(`${server.url}/api/workshops/${created.code}`);
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: { code: "unavailable", message: expect.stringMatching(/\w/) } });
    const phone = Peer.participant(server.url, created.code);
    peers.push(phone);
    await expect(phone.connected()).rejects.toMatchObject({ data: { message: expect.stringMatching(/could not open this workshop/) } });

    store.failing = null;
    expect((await fetch(`${server.url}/api/workshops/${created.code}`)).status).toBe(200);
    const again = await Peer.participant(server.url, created.code).connected();
    peers.push(again);
    expect(await again.join("Dee", "t1")).toMatch(/^p\d+$/);
  });
});

describe("SQLite's own disk full (the database may grow no more)", () => {
  let server: TestServer;
  let sqlite: SqliteStore;
  const peers: Peer[] = [];

  beforeEach(async () => {
    server = await startServer(undefined, { store: (dir) => (sqlite = SqliteStore.open(dir)) });
  });
  afterEach(async () => {
    for (const p of peers.splice(0)) p.close();
    await server.dispose();
  });

  it("answers `unavailable`, keeps the log whole, and takes the same command once there is room again", async () => {
    const created = await createWorkshop(server.url);
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const ann = await Peer.participant(server.url, created.code).connected();
    peers.push(facilitator, ann);
    await ann.join("Ann", "t1");
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });
    await ann.until(() => ann.state?.currentPhaseId === "changes");

    // The file may not grow past the pages it has now: SQLite then answers SQLITE_FULL, as on a full disk.
    const db = (sqlite as unknown as { db: Database.Database }).db;
    db.pragma(`max_page_count = ${db.pragma("page_count", { simple: true }) as number}`);
    let refusedId: string | null = null;
    for (let i = 0; i < 400 && !refusedId; i++) {
      const id = `fill-${String(i).padStart(5, "0")}`;
      const res = await ann.send({ type: "card.add", phaseId: "changes", text: `${i} ${"x".repeat(480)}` }, id);
      if (!res.ok) {
        expect(res.error.code).toBe("unavailable");
        refusedId = id;
      }
    }
    expect(refusedId, "the disk to fill up").not.toBeNull();
    const room = (await server.onside.rooms.get(created.code))!;
    const log = await sqlite.load(created.code);
    expect(log.at(-1)!.seq).toBe(room.state.seq);
    expect(log.map((e) => e.commandId)).not.toContain(refusedId);

    db.pragma("max_page_count = 1073741823");
    const retried = await ann.send({ type: "card.add", phaseId: "changes", text: "after the clean-up" }, refusedId!);
    expect(retried.ok).toBe(true);
    expect((await sqlite.load(created.code)).filter((e) => e.commandId === refusedId)).toHaveLength(1);
    await facilitator.until(() => facilitator.state!.seq === room.state.seq, "the console to catch up");
  });
});

describe("an unknown or damaged event in a stored log", () => {
  let dataDir: string;
  const servers: ServerProcess[] = [];
  const peers: Peer[] = [];

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "onside-corrupt-"));
  });
  afterEach(async () => {
    for (const p of peers.splice(0)) p.close();
    for (const s of servers.splice(0)) await kill(s);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("makes that workshop refuse with a readable message, never crashes, and every other workshop is served", async () => {
    const first = await spawnServer(dataDir);
    servers.push(first);
    const [unknownEvent, badJson, headless, healthy] = await Promise.all([1, 2, 3, 4].map(() => createWorkshop(first.url)));
    for (const w of [unknownEvent!, badJson!, headless!, healthy!]) {
      const phone = await Peer.participant(first.url, w.code).connected();
      peers.push(phone);
      await phone.join("Ann", "t1");
    }
    expect(await kill(first, "SIGTERM")).toEqual({ code: 0, signal: null });

    // Written straight into the file: an event type this version does not know, a row that is not
    // JSON, and a log whose first event (the workshop's creation) is gone.
    const db = new Database(path.join(dataDir, "onside.sqlite"));
    const insert = db.prepare("INSERT INTO events (workshop, seq, at, actor, command_id, type, data) VALUES (?, ?, ?, 'facilitator', NULL, ?, ?)");
    insert.run(unknownEvent!.code, 3, Date.now(), "card.exploded", JSON.stringify({ type: "card.exploded", cardId: "c1" }));
    insert.run(badJson!.code, 3, Date.now(), "card.added", "{not json");
    db.prepare("DELETE FROM events WHERE workshop = ? AND seq = 1").run(headless!.code);
    db.close();

    const second = await spawnServer(dataDir);
    servers.push(second);
    for (const damaged of [unknownEvent!, badJson!, headless!]) {
      const res = await fetch(`${second.url}/api/workshops/${damaged.code}`);
      expect([500, 503]).toContain(res.status);
      expect(await res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.stringMatching(/\w{3}/) } });
      const phone = new Peer(second.url, damaged.code, { role: "facilitator", token: damaged.facilitatorToken });
      peers.push(phone);
      await expect(phone.connected()).rejects.toMatchObject({ data: { code: expect.any(String), message: expect.stringMatching(/could not open this workshop/) } });
    }
    // The server says why in its log, naming the workshop and the event.
    await until(() => second.output().includes(`Workshop ${unknownEvent!.code}: event 3 cannot be read`), "the reason in the server's log");
    expect(second.output()).toContain(`Workshop ${badJson!.code}: event 3 cannot be read`);
    expect(second.output()).toContain(`Workshop ${headless!.code}: its events cannot be folded`);

    // Still running, and the healthy workshop is served as ever: read, joined, written.
    expect(second.child.exitCode).toBeNull();
    expect((await fetch(`${second.url}/api/workshops/${healthy!.code}`)).status).toBe(200);
    const facilitator = await new Peer(second.url, healthy!.code, { role: "facilitator", token: healthy!.facilitatorToken }).connected();
    const newcomer = await Peer.participant(second.url, healthy!.code).connected();
    peers.push(facilitator, newcomer);
    await newcomer.join("Bea", "t2");
    expect((await facilitator.send({ type: "phase.goto", phaseId: "changes" })).ok).toBe(true);
    await newcomer.until(() => newcomer.state?.currentPhaseId === "changes", "the healthy workshop to move on");
    expect(second.child.exitCode).toBeNull();
  });
});
