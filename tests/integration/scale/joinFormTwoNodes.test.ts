import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { participantToken } from "@/lib/client/identity";
import { memoryStorage } from "@/lib/client/storage";
import { Browsers, must } from "../../helpers/clients";
import { spawnNode } from "../../helpers/cluster";
import { createWorkshop } from "../../helpers/peer";
import { kill, type ServerProcess } from "../../helpers/process";
import { createTestDatabase, flushRedisPrefix, scaleServices, TEST_REDIS_URL, testRedisPrefix, type TestDatabase } from "../../helpers/scaleServices";
import { until } from "../../helpers/wait";

const services = await scaleServices("the join form's teams on two servers (PostgreSQL + Redis)", { postgres: true, redis: true });

/**
 * Two servers sharing PostgreSQL and Redis: a phone on the join form through one server follows
 * the teams the facilitator edits through the other, and hears each change once.
 */
describe.skipIf(!services.ok)("the join form's teams on two Onside servers", () => {
  let db: TestDatabase;
  const prefix = testRedisPrefix();
  let a: ServerProcess;
  let b: ServerProcess;
  const browsers = new Browsers(() => a.url);

  beforeAll(async () => {
    db = await createTestDatabase();
    const startNode = () => spawnNode({ databaseUrl: db.url, redisUrl: TEST_REDIS_URL, redisPrefix: prefix });
    [a, b] = await Promise.all([startNode(), startNode()]);
  });
  afterEach(() => browsers.stopAll());
  afterAll(async () => {
    for (const node of [a, b]) if (node) await kill(node);
    await db?.drop();
    await flushRedisPrefix(prefix);
  });

  it("a guest on server B sees a team the console on server A adds, renames and removes, once per change", async () => {
    const created = await createWorkshop(a.url, "Kick-off", ["Sales", "IT", "Finance"]);
    const console = browsers.facilitator(created.code, created.facilitatorToken, a.url);
    await until(() => console.getSnapshot().state !== null, "the console on server A");
    const guest = browsers.client(created.code, { role: "participant", token: participantToken(memoryStorage(), created.code) }, memoryStorage(), b.url);
    await until(() => guest.getSnapshot().info !== null, "the card on the guest's phone (server B)");
    // Each card the guest is sent replaces the one it holds: one entry per message.
    const updates: string[] = [];
    let held = guest.getSnapshot().info;
    guest.subscribe(() => {
      const { info } = guest.getSnapshot();
      if (!info || info === held) return;
      held = info;
      updates.push(info.teams.map((t) => t.name).join());
    });

    const legal = await must(console, { type: "team.add", name: "Legal" });
    await until(() => updates.at(-1) === "Sales,IT,Finance,Legal", "the added team on server B");
    await must(console, { type: "team.rename", teamId: "t2", name: "Tech" });
    await until(() => updates.at(-1) === "Sales,Tech,Finance,Legal", "the renamed team on server B");
    await must(console, { type: "team.remove", teamId: "t3" });
    await until(() => updates.at(-1) === "Sales,Tech,Legal", "the removed team on server B");
    expect(updates).toEqual(["Sales,IT,Finance,Legal", "Sales,Tech,Finance,Legal", "Sales,Tech,Legal"]);

    // The team that appeared can be joined through server B.
    const joined = await guest.send({ type: "participant.join", name: "Lars", teamId: legal! });
    expect(joined.ok).toBe(true);
    await until(() => guest.getSnapshot().state !== null, "the workshop on the joined phone");
    const me = joined.ok ? guest.getSnapshot().state!.participants[joined.data.id!] : undefined;
    expect(me?.teamId).toBe(legal);
  });
});
