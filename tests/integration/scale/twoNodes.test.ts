import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cardsOf, type WorkshopState } from "@/lib/domain";
import { participantToken } from "@/lib/client/identity";
import { memoryStorage } from "@/lib/client/storage";
import type { WorkshopClient } from "@/lib/client/workshopClient";
import type { CreatedWorkshop, Health } from "@/lib/protocol";
import { Browsers, must } from "../../helpers/clients";
import { spawnNode } from "../../helpers/cluster";
import { createWorkshop } from "../../helpers/peer";
import { kill, type ServerProcess } from "../../helpers/process";
import { createTestDatabase, flushRedisPrefix, scaleServices, TEST_REDIS_URL, testRedisPrefix, type TestDatabase } from "../../helpers/scaleServices";
import { until } from "../../helpers/wait";

const services = await scaleServices("the two-server tests (PostgreSQL + Redis)", { postgres: true, redis: true });

/**
 * Onside on two servers (real child processes, two ports) sharing one PostgreSQL database and one
 * Redis, as a kick-off with 2,000 phones or a hosted service would run it. Devices are lib/client's
 * WorkshopClient, connected to one server or the other.
 */
describe.skipIf(!services.ok)("two Onside servers sharing PostgreSQL and Redis", () => {
  let db: TestDatabase;
  const prefix = testRedisPrefix();
  const dataDir = mkdtempSync(path.join(tmpdir(), "onside-two-nodes-"));
  let a: ServerProcess;
  let b: ServerProcess;
  let created: CreatedWorkshop;
  const browsers = new Browsers(() => a.url);

  const startNode = () => spawnNode({ databaseUrl: db.url, redisUrl: TEST_REDIS_URL, redisPrefix: prefix });

  beforeAll(async () => {
    db = await createTestDatabase();
    [a, b] = await Promise.all([startNode(), startNode()]);
  });
  afterEach(() => browsers.stopAll());
  afterAll(async () => {
    for (const node of [a, b]) if (node) await kill(node);
    await db?.drop();
    await flushRedisPrefix(prefix);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A new workshop in "Changes around us", its console on `consoleUrl`. */
  async function workshop(consoleUrl: string) {
    created = await createWorkshop(a.url);
    const facilitator = browsers.facilitator(created.code, created.facilitatorToken, consoleUrl);
    await until(() => facilitator.getSnapshot().state !== null, "the console to hold the workshop");
    await must(facilitator, { type: "phase.goto", phaseId: "changes" });
    return facilitator;
  }

  const cardIds = (client: WorkshopClient) => cardsOf(client.getSnapshot().state!, "changes").map((c) => c.id);
  const cardTexts = (state: WorkshopState) => cardsOf(state, "changes").map((c) => c.text);

  it("report the shared store on /api/health", async () => {
    for (const node of [a, b]) {
      const health = (await (await fetch(`${node.url}/api/health`)).json()) as Health;
      expect(health.store).toBe("postgres");
    }
  });

  it("show each participant's cards live to people on the other server, in the same order everywhere, and who is online on both", async () => {
    const facilitator = await workshop(a.url);
    const ann = await browsers.phone(created.code, "Ann", "t1", undefined, a.url);
    const ben = await browsers.phone(created.code, "Ben", "t2", undefined, b.url);
    const screen = browsers.client(created.code, { role: "screen" }, undefined, b.url);
    await until(() => ben.phone.getSnapshot().state?.currentPhaseId === "changes", "the phase on Ben's phone (server B)");

    // Presence counts every server's sockets: the console on A sees Ben (on B) and the screen on B.
    await until(() => facilitator.getSnapshot().presence.online.length === 2, "both phones online on the console");
    expect([...facilitator.getSnapshot().presence.online].sort()).toEqual([ann.id, ben.id].sort());
    await until(() => facilitator.getSnapshot().presence.screens === 1, "the screen on server B counted on the console");
    await until(() => ben.phone.getSnapshot().presence.facilitators === 1, "the console on server A counted on Ben's phone");

    for (let i = 0; i < 5; i++) {
      await Promise.all([
        must(ann.phone, { type: "card.add", phaseId: "changes", text: `Ann ${i}` }),
        must(ben.phone, { type: "card.add", phaseId: "changes", text: `Ben ${i}` }),
      ]);
    }
    const everyone = [facilitator, ann.phone, ben.phone, screen];
    for (const client of everyone) await until(() => cardIds(client).length === 10, "ten cards on every device");
    const order = cardIds(facilitator);
    for (const client of everyone) expect(cardIds(client)).toEqual(order);
    expect(cardTexts(ben.phone.getSnapshot().state!).sort()).toEqual([...Array.from({ length: 5 }, (_, i) => `Ann ${i}`), ...Array.from({ length: 5 }, (_, i) => `Ben ${i}`)].sort());

    // Ben closes his phone: the console on the other server sees him go.
    ben.phone.stop();
    await until(() => facilitator.getSnapshot().presence.online.length === 1, "Ben to go offline on the console");
    expect(facilitator.getSnapshot().presence.online).toEqual([ann.id]);
  });

  it("let the author of an anonymous belief hold it as theirs on both servers; nobody else learns whose it is", async () => {
    const facilitator = await workshop(a.url);
    await must(facilitator, { type: "phase.goto", phaseId: "beliefs" });
    const ann = await browsers.phone(created.code, "Ann", "t1", undefined, b.url);
    // Ann has the workshop open on a second device too, on the other server.
    const annsLaptop = browsers.client(created.code, { role: "participant", token: participantToken(ann.storage, created.code) }, memoryStorage(), a.url);
    const ben = await browsers.phone(created.code, "Ben", "t2", undefined, a.url);
    const cy = await browsers.phone(created.code, "Cy", "t3", undefined, b.url);
    await until(() => annsLaptop.getSnapshot().state !== null, "Ann's second device to hold the workshop");

    const id = await must(ann.phone, { type: "belief.add", phaseId: "beliefs", aboutTeamId: "t3", cause: "unexplained", text: "Finance always says no first" });
    const beliefOn = (client: WorkshopClient) => client.getSnapshot().state?.beliefs[id!];
    const everyone = [ann.phone, annsLaptop, ben.phone, cy.phone, facilitator];
    for (const client of everyone) await until(() => beliefOn(client) !== undefined, "the belief on every device");
    expect(beliefOn(ann.phone)?.authorId).toBe(ann.id);
    expect(beliefOn(annsLaptop)?.authorId).toBe(ann.id);
    for (const client of [ben.phone, cy.phone, facilitator]) expect(beliefOn(client)?.authorId).toBeNull();
  });

  it("never fork the log when fifty cards are posted on each server at once: one sequence, no gaps, no duplicates, every acknowledged card there", async () => {
    const facilitator = await workshop(b.url);
    // Five phones on each server, ten cards each, all sent at once.
    const phones = await Promise.all(
      Array.from({ length: 10 }, (_, i) => browsers.phone(created.code, `P${i}`, i % 2 === 0 ? "t1" : "t2", undefined, i < 5 ? a.url : b.url)),
    );
    for (const { phone } of phones) await until(() => phone.getSnapshot().state?.currentPhaseId === "changes", "the phase on every phone");
    const answers = await Promise.all(
      phones.flatMap(({ phone }, p) =>
        Array.from({ length: 10 }, async (_, i) => ({ text: `P${p} card ${i}`, id: await must(phone, { type: "card.add", phaseId: "changes", text: `P${p} card ${i}` }) })),
      ),
    );

    const log = await readLog(db.url, created.code);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    const added = log.filter((e) => e.type === "card.added").map((e) => JSON.parse(e.data) as { cardId: string; text: string });
    expect(added).toHaveLength(100);
    expect(new Set(added.map((c) => c.text)).size).toBe(100);
    const byId = new Map(added.map((c) => [c.cardId, c.text]));
    for (const { id, text } of answers) expect(byId.get(id!)).toBe(text);

    // Every device ends with the same hundred cards in the log's order.
    const order = added.map((c) => c.cardId);
    for (const client of [facilitator, ...phones.map((p) => p.phone)]) {
      await until(() => cardIds(client).length === 100, "a hundred cards on every device");
      expect(cardIds(client)).toEqual(order);
    }
  });

  it("let go of a workshop deleted through one server on the other too: its phones there hear it is gone, its code answers 404", async () => {
    await workshop(a.url);
    const ann = await browsers.phone(created.code, "Ann", "t1", undefined, b.url);
    await until(() => ann.phone.getSnapshot().state?.currentPhaseId === "changes", "the phase on Ann's phone (server B)");
    expect((await fetch(`${b.url}/api/workshops/${created.code}`)).status).toBe(200);
    const res = await fetch(`${a.url}/api/workshops/${created.code}`, { method: "DELETE", headers: { authorization: `Bearer ${created.facilitatorToken}` } });
    expect(res.status).toBe(204);
    await until(() => ann.phone.getSnapshot().fatal?.code === "not_found", "Ann's phone on B to hear the workshop is gone");
    expect((await fetch(`${b.url}/api/workshops/${created.code}`)).status).toBe(404);
  });

  it("lose nothing acknowledged when one server is killed with kill -9; its phones carry on through the other", async () => {
    const facilitator = await workshop(b.url);
    const phones = await Promise.all(Array.from({ length: 3 }, (_, i) => browsers.phone(created.code, `Q${i}`, "t1", undefined, a.url)));
    for (const { phone } of phones) await until(() => phone.getSnapshot().state?.currentPhaseId === "changes", "the phase on every phone");

    // A burst from the phones on A; A dies once some are acknowledged.
    const acknowledged = new Map<string, string>();
    for (const [p, { phone }] of phones.entries()) {
      for (let i = 0; i < 20; i++) {
        const text = `Q${p} card ${i}`;
        void phone.send({ type: "card.add", phaseId: "changes", text }).then((res) => {
          if (res.ok) acknowledged.set(res.data.id!, text);
        });
      }
    }
    await until(() => acknowledged.size >= 10, "the first acknowledgements");
    await kill(a, "SIGKILL");
    const acknowledgedAtKill = new Map(acknowledged);

    // Each phone comes back through server B (as a load balancer would send it), with its outbox.
    const moved = phones.map(({ phone, storage }) => browsers.reload(created.code, phone, storage, b.url));
    for (const phone of moved) await until(() => phone.getSnapshot().state !== null && phone.getSnapshot().pending.length === 0, "the outbox sent through B", 20_000);

    await until(() => cardsOf(facilitator.getSnapshot().state!, "changes").length === 60, "all sixty cards on the console", 20_000);
    const cards = cardsOf(facilitator.getSnapshot().state!, "changes");
    const byId = new Map(cards.map((c) => [c.id, c.text]));
    for (const [id, text] of acknowledgedAtKill) expect(byId.get(id)).toBe(text);
    // Sent again after the kill, none twice.
    expect(new Set(cards.map((c) => c.text)).size).toBe(60);
    const log = await readLog(db.url, created.code);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    // The phones that moved see everything too, and are counted online by B.
    for (const phone of moved) await until(() => cardsOf(phone.getSnapshot().state!, "changes").length === 60, "all cards on each moved phone");
    await until(() => facilitator.getSnapshot().presence.online.length === 3, "the moved phones online on the console");
  });
});

async function readLog(url: string, code: string): Promise<{ seq: number; type: string; data: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ seq: number; type: string; data: string }>("SELECT seq, type, data FROM events WHERE workshop = $1 ORDER BY seq", [code])).rows;
  } finally {
    await client.end();
  }
}
