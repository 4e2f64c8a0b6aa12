import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CoFacilitatorLink, CreatedWorkshop } from "@/lib/protocol";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";

const hashOf = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const keyOf = (url: string) => new URL(url).hash.replace(/^#key=/, "");

describe("a co-facilitator link", () => {
  let server: TestServer;
  let created: CreatedWorkshop;
  let peers: Peer[] = [];

  const invite = (headers: Record<string, string>, code = created.code) =>
    fetch(`${server.url}/api/workshops/${code}/cofacilitators`, { method: "POST", headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeEach(async () => {
    server = await startServer();
    created = await createWorkshop(server.url);
  });
  afterEach(async () => {
    for (const p of peers) p.close();
    peers = [];
    await server.dispose();
  });

  it("opens the console on another laptop: it can move the room between phases", async () => {
    const res = await invite(bearer(created.facilitatorToken));
    expect(res.status).toBe(201);
    const body = (await res.json()) as CoFacilitatorLink;
    expect(body.facilitatorUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:9/f/${created.code}#key=[A-Za-z0-9_-]{32}$`));
    const token = keyOf(body.facilitatorUrl);
    expect(token).not.toBe(created.facilitatorToken);

    const second = await new Peer(server.url, created.code, { role: "facilitator", token }).connected();
    const phone = await Peer.participant(server.url, created.code).connected();
    peers = [second, phone];
    expect(second.you).toEqual({ role: "facilitator" });
    await phone.join("Ann", "t1");
    expect(await second.send({ type: "phase.goto", phaseId: "changes" })).toMatchObject({ ok: true });
    await phone.until(() => phone.state?.currentPhaseId === "changes", "the phase change");
  });

  it("keeps working after the server restarts: only the hash was stored, in the log", async () => {
    const token = keyOf(((await (await invite(bearer(created.facilitatorToken))).json()) as CoFacilitatorLink).facilitatorUrl);
    server = await server.restart();
    const peer = await new Peer(server.url, created.code, { role: "facilitator", token }).connected();
    peers = [peer];
    expect(peer.you).toEqual({ role: "facilitator" });
  });

  it("makes a new link each time, and a co-facilitator may invite another", async () => {
    const first = keyOf(((await (await invite(bearer(created.facilitatorToken))).json()) as CoFacilitatorLink).facilitatorUrl);
    const second = keyOf(((await (await invite(bearer(first))).json()) as CoFacilitatorLink).facilitatorUrl);
    expect(new Set([created.facilitatorToken, first, second]).size).toBe(3);
    const peer = await new Peer(server.url, created.code, { role: "facilitator", token: second }).connected();
    peers = [peer];
    expect(peer.you).toEqual({ role: "facilitator" });
  });

  it.each([
    ["no Authorization header", {}, 401, "unauthorized"],
    ["an empty bearer", { authorization: "Bearer " }, 401, "unauthorized"],
    ["another scheme", { authorization: "Basic dXNlcjpwYXNz" }, 401, "unauthorized"],
    ["a wrong key", { authorization: `Bearer ${"x".repeat(32)}` }, 403, "forbidden"],
  ])("refuses a request with %s", async (_what, headers, status, code) => {
    const res = await invite(headers);
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatchObject({ code });
  });

  it("refuses a participant's token as a key, over HTTP and at the handshake", async () => {
    const phone = await Peer.participant(server.url, created.code).connected();
    peers = [phone];
    await phone.join("Ann", "t1");
    const participantToken = (phone.credentials as { token: string }).token;
    expect((await invite(bearer(participantToken))).status).toBe(403);
    const impostor = new Peer(server.url, created.code, { role: "facilitator", token: participantToken });
    peers.push(impostor);
    await expect(impostor.connected()).rejects.toMatchObject({ data: { code: "unauthorized" } });
  });

  it("refuses a key of another workshop, answers 404 for an unknown code and 405 for GET", async () => {
    const other = await createWorkshop(server.url, "Elsewhere");
    expect((await invite(bearer(other.facilitatorToken))).status).toBe(403);
    expect((await invite(bearer(created.facilitatorToken), "ZZZZZZ")).status).toBe(404);
    const get = await fetch(`${server.url}/api/workshops/${created.code}/cofacilitators`, { headers: bearer(created.facilitatorToken) });
    expect(get.status).toBe(405);
  });

  it("never sends the new token or its hash to anyone, the facilitators included", async () => {
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const screen = await new Peer(server.url, created.code, { role: "screen" }).connected();
    const phone = await Peer.participant(server.url, created.code).connected();
    peers = [facilitator, screen, phone];
    await phone.join("Ann", "t1");
    const seq = facilitator.state!.seq;

    const token = keyOf(((await (await invite(bearer(created.facilitatorToken))).json()) as CoFacilitatorLink).facilitatorUrl);
    for (const p of [facilitator, screen, phone]) await p.until(() => p.state!.seq === seq + 1, "the invitation's event");

    // A late snapshot does not carry it either.
    const late = await Peer.participant(server.url, created.code).connected();
    peers.push(late);
    await late.join("Late", "t2");
    for (const p of [facilitator, screen, phone, late]) {
      expect(p.transcript()).not.toContain(token);
      expect(p.transcript()).not.toContain(hashOf(token));
      expect(p.transcript()).not.toMatch(/tokenHash/);
    }
  });
});
