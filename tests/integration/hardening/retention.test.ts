import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Peer, createWorkshop } from "../../helpers/peer";
import { startHardened, type HardenedServer } from "./server";

const DAY = 24 * 60 * 60 * 1000;

/** A wall clock the test moves: the events' times and the retention's "now" both come from it. */
function clock() {
  let t = Date.UTC(2030, 0, 1);
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe("workshops nobody has used for RETENTION_DAYS are deleted", () => {
  const servers: HardenedServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.dispose();
  });

  it("deletes an idle workshop whole and keeps one in use, judged by its last event", async () => {
    const c = clock();
    const server = await startHardened({ retentionDays: 30, now: c.now });
    servers.push(server);
    const idle = await createWorkshop(server.url, "Idle");
    const used = await createWorkshop(server.url, "Used");

    c.advance(29 * DAY);
    const facilitator = await new Peer(server.url, used.code, { role: "facilitator", token: used.facilitatorToken }).connected();
    expect((await facilitator.send({ type: "phase.goto", phaseId: "changes" })).ok).toBe(true);
    c.advance(2 * DAY);

    expect(await server.onside.sweepExpired()).toEqual([idle.code]);
    expect(await server.store.load(idle.code)).toEqual([]);
    expect((await fetch(`${server.url}/api/workshops/${idle.code}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/workshops/${used.code}`)).status).toBe(200);
    expect(facilitator.socket.connected).toBe(true);
    facilitator.close();
  });

  it("disconnects anyone still on a workshop it deletes", async () => {
    const c = clock();
    const server = await startHardened({ retentionDays: 1, now: c.now });
    servers.push(server);
    const created = await createWorkshop(server.url);
    const screen = await new Peer(server.url, created.code, { role: "screen" }).connected();
    const gone = new Promise<void>((resolve) => screen.socket.once("disconnect", () => resolve()));
    c.advance(2 * DAY);
    expect(await server.onside.sweepExpired()).toEqual([created.code]);
    await gone;
    screen.close();
  });

  it("runs at start, on what an earlier run of the server left", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "onside-retention-"));
    const c = clock();
    const first = await startHardened({ now: c.now }, dataDir);
    const old = await createWorkshop(first.url, "Old");
    await first.onside.close();

    c.advance(100 * DAY);
    const second = await startHardened({ retentionDays: 90, now: c.now }, dataDir);
    servers.push(second);
    // The sweep started with the server; asking again waits for that same sweep.
    await second.onside.sweepExpired();
    expect(await second.store.load(old.code)).toEqual([]);
    expect((await fetch(`${second.url}/api/workshops/${old.code}`)).status).toBe(404);
  });

  it("keeps everything when RETENTION_DAYS is 0", async () => {
    const c = clock();
    const server = await startHardened({ retentionDays: 0, now: c.now });
    servers.push(server);
    const created = await createWorkshop(server.url);
    c.advance(10_000 * DAY);
    expect(await server.onside.sweepExpired()).toEqual([]);
    expect((await fetch(`${server.url}/api/workshops/${created.code}`)).status).toBe(200);
  });
});
