import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardsOf } from "@/lib/domain";
import type { CreatedWorkshop } from "@/lib/protocol";
import { Peer, createWorkshop } from "../../helpers/peer";
import { startHardened, type HardenedServer } from "./server";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("a facilitator deletes a workshop", () => {
  let server: HardenedServer;
  let created: CreatedWorkshop;
  let other: CreatedWorkshop;
  let facilitator: Peer;
  let phone: Peer;
  let screen: Peer;
  let guest: Peer;
  const remove = (code: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/workshops/${code}`, { method: "DELETE", headers });

  beforeEach(async () => {
    server = await startHardened();
    created = await createWorkshop(server.url, "Workshop to delete");
    other = await createWorkshop(server.url, "Workshop to keep");
    facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    phone = await Peer.participant(server.url, created.code).connected();
    screen = await new Peer(server.url, created.code, { role: "screen" }).connected();
    guest = await Peer.participant(server.url, created.code).connected();
    await phone.join("Ann", "t1");
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });
    expect((await phone.send({ type: "card.add", phaseId: "changes", text: "A card that must go" })).ok).toBe(true);
  });
  afterEach(async () => {
    for (const p of [facilitator, phone, screen, guest]) p.close();
    await server.dispose();
  });

  const tokenOf = (peer: Peer) => (peer.credentials as { token: string }).token;

  it("needs the facilitator's key: 401 without one, 403 with a participant's", async () => {
    expect((await remove(created.code)).status).toBe(401);
    const res = await remove(created.code, bearer(tokenOf(phone)));
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
    expect((await fetch(`${server.url}/api/workshops/${created.code}`)).status).toBe(200);
  });

  it("removes every row, answers 404 for its code from then on, and disconnects every device on it", async () => {
    const goneFrom = (peer: Peer) => new Promise<void>((resolve) => (peer.socket.connected ? peer.socket.once("disconnect", () => resolve()) : resolve()));
    const disconnected = Promise.all([facilitator, phone, screen, guest].map(goneFrom));

    const res = await remove(created.code.toLowerCase(), bearer(created.facilitatorToken));
    expect(res.status).toBe(204);
    await disconnected;

    expect(await server.store.load(created.code)).toEqual([]);
    expect((await fetch(`${server.url}/api/workshops/${created.code}`)).status).toBe(404);
    for (const path of ["/report", "/export", "/agreements?format=csv"]) {
      expect((await fetch(`${server.url}/api/workshops/${created.code}${path}`, { headers: bearer(created.facilitatorToken) })).status).toBe(404);
    }
    expect((await remove(created.code, bearer(created.facilitatorToken))).status).toBe(404);

    // Coming back, a device hears that there is no such workshop.
    const again = new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken });
    await expect(again.connected()).rejects.toMatchObject({ data: { code: "not_found" } });
    again.close();

    // The other workshop is untouched.
    expect((await fetch(`${server.url}/api/workshops/${other.code}`)).status).toBe(200);
    expect((await server.store.load(other.code)).length).toBeGreaterThan(0);
  });

  it("cannot be brought back by a command that was on its way", async () => {
    // The phone's command races the deletion; whichever comes first, nothing is stored afterwards.
    const late = phone.send({ type: "card.add", phaseId: "changes", text: "A late card" }).catch(() => null);
    expect((await remove(created.code, bearer(created.facilitatorToken))).status).toBe(204);
    await late;
    expect(await server.store.load(created.code)).toEqual([]);
    expect(cardsOf(facilitator.state!, "changes").length).toBeGreaterThan(0);
  });

  it("can be done by a co-facilitator too", async () => {
    const link = await fetch(`${server.url}/api/workshops/${created.code}/cofacilitators`, { method: "POST", headers: bearer(created.facilitatorToken) });
    const coToken = new URL((await link.json()).facilitatorUrl).hash.replace("#key=", "");
    expect((await remove(created.code, bearer(coToken))).status).toBe(204);
    expect(await server.store.load(created.code)).toEqual([]);
  });
});
