import { randomBytes, randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { cardsOf } from "@/lib/domain";
import { memoryStorage } from "@/lib/client/storage";
import { WorkshopClient } from "@/lib/client/workshopClient";
import { participantToken } from "@/lib/client/identity";
import { PROTOCOL_VERSION, type ErrorBody } from "@/lib/protocol";
import { Peer, createWorkshop } from "../../helpers/peer";
import { from, startHardened, type HardenedServer } from "./server";

/** A bare socket with the headers a browser behind a proxy would arrive with; resolves with how it went. */
function handshake(url: string, code: string, headers: Record<string, string> = {}): Promise<{ ok: true; socket: Socket } | { ok: false; error: ErrorBody }> {
  const socket = io(url, {
    path: "/socket.io",
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
    auth: { protocol: PROTOCOL_VERSION, code, role: "screen" },
  });
  return new Promise((resolve) => {
    socket.once("connect", () => resolve({ ok: true, socket }));
    socket.once("connect_error", (err: Error & { data?: ErrorBody }) => {
      socket.close();
      resolve({ ok: false, error: err.data ?? { code: "internal", message: err.message } });
    });
  });
}

const post = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

const WORKSHOP = { title: "Kick-off", teams: ["Sales", "IT"] };

describe("limits on what one client may ask", () => {
  let server: HardenedServer;
  const closers: (() => void)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) close();
    await server.dispose();
  });

  it("answers a burst of commands past a socket's budget with rate_limited, and only that socket", async () => {
    server = await startHardened({ limits: { commands: { burst: 5, perSecond: 0.001 } } });
    const created = await createWorkshop(server.url);
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const eager = await Peer.participant(server.url, created.code).connected();
    const calm = await Peer.participant(server.url, created.code).connected();
    closers.push(() => facilitator.close(), () => eager.close(), () => calm.close());
    await eager.join("Eager", "t1");
    await calm.join("Calm", "t2");
    expect((await facilitator.send({ type: "phase.goto", phaseId: "changes" })).ok).toBe(true);

    // The join took one of five; six more at once: four go through, two are refused.
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => eager.send({ type: "card.add", phaseId: "changes", text: `card ${i}` })));
    expect(answers.filter((a) => a.ok)).toHaveLength(4);
    const refused = answers.filter((a) => !a.ok).map((a) => (a.ok ? null : a.error));
    expect(refused).toEqual([
      { code: "rate_limited", reason: "slowDown", message: expect.stringMatching(/in a moment/) },
      { code: "rate_limited", reason: "slowDown", message: expect.stringMatching(/in a moment/) },
    ]);
    // A sync request counts too, and is refused the same way.
    expect(await eager.socket.timeout(5000).emitWithAck("workshop:sync", { since: 0 })).toMatchObject({ ok: false, error: { code: "rate_limited" } });

    // Someone else in the same room is not held back.
    expect((await calm.send({ type: "card.add", phaseId: "changes", text: "calm card" })).ok).toBe(true);
    await facilitator.until(() => cardsOf(facilitator.state!, "changes").length === 5, "the five cards that went through");
  });

  it("lets the browser's client send everything it queued, each once, however often it is told to wait", async () => {
    server = await startHardened({ limits: { commands: { burst: 3, perSecond: 2 } } });
    const created = await createWorkshop(server.url);
    const storage = memoryStorage();
    const facilitator = new WorkshopClient({ code: created.code, credentials: { role: "facilitator", token: created.facilitatorToken }, storage: memoryStorage(), url: server.url });
    const phone = new WorkshopClient({ code: created.code, credentials: { role: "participant", token: participantToken(storage, created.code) }, storage, url: server.url });
    closers.push(() => facilitator.stop(), () => phone.stop());
    facilitator.start();
    phone.start();
    expect((await facilitator.send({ type: "phase.goto", phaseId: "changes" })).ok).toBe(true);
    expect((await phone.send({ type: "participant.join", name: "Ann", teamId: "t1" })).ok).toBe(true);

    const texts = Array.from({ length: 10 }, (_, i) => `queued card ${i}`);
    const answers = await Promise.all(texts.map((text) => phone.send({ type: "card.add", phaseId: "changes", text })));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(phone.getSnapshot().pending).toEqual([]);
    const deadline = Date.now() + 10_000;
    while (cardsOf(facilitator.getSnapshot().state!, "changes").length < texts.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(cardsOf(facilitator.getSnapshot().state!, "changes").map((c) => c.text).sort()).toEqual([...texts].sort());
  }, 30_000);

  it("refuses connections past an address's budget with rate_limited, and counts each address on its own behind a trusted proxy", async () => {
    server = await startHardened({ limits: { connectionsPerMinute: 3, trustProxy: 1 } });
    const created = await createWorkshop(server.url);
    for (let i = 0; i < 3; i++) {
      const res = await handshake(server.url, created.code, from("198.51.100.7"));
      expect(res.ok).toBe(true);
      if (res.ok) closers.push(() => res.socket.close());
    }
    expect(await handshake(server.url, created.code, from("198.51.100.7"))).toEqual({
      ok: false,
      error: { code: "rate_limited", reason: "manyConnections", message: expect.stringMatching(/trying again in a moment/) },
    });
    const neighbour = await handshake(server.url, created.code, from("198.51.100.8"));
    expect(neighbour.ok).toBe(true);
    if (neighbour.ok) closers.push(() => neighbour.socket.close());
  });

  it("does not believe X-Forwarded-For from a client when no proxy is trusted", async () => {
    server = await startHardened({ limits: { connectionsPerMinute: 2 } });
    const created = await createWorkshop(server.url);
    for (const address of ["198.51.100.1", "198.51.100.2"]) {
      const res = await handshake(server.url, created.code, from(address));
      if (res.ok) closers.push(() => res.socket.close());
    }
    expect(await handshake(server.url, created.code, from("198.51.100.3"))).toMatchObject({ ok: false, error: { code: "rate_limited" } });
  });

  it("answers creating and importing past the budget with 429 rate_limited and Retry-After", async () => {
    server = await startHardened({ limits: { createsPerMinute: 3, trustProxy: 1 } });
    for (let i = 0; i < 3; i++) expect((await post(server.url, "/api/workshops", WORKSHOP, from("203.0.113.5"))).status).toBe(201);

    const refused = await post(server.url, "/api/workshops", WORKSHOP, from("203.0.113.5"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error).toEqual({ code: "rate_limited", reason: "manyWorkshops", message: expect.stringMatching(/wait a minute/) });
    // An import is a workshop made too.
    expect((await post(server.url, "/api/workshops/import", {}, from("203.0.113.5"))).status).toBe(429);

    expect((await post(server.url, "/api/workshops", WORKSHOP, from("203.0.113.6"))).status).toBe(201);
  });

  it("keeps defaults that let a whole room in from one address", async () => {
    server = await startHardened();
    const created = await createWorkshop(server.url);
    const phones = await Promise.all(Array.from({ length: 40 }, () => Peer.participant(server.url, created.code).connected()));
    closers.push(...phones.map((p) => () => p.close()));
    const ids = await Promise.all(phones.map((p, i) => p.join(`Person ${i}`, i % 2 ? "t1" : "t2")));
    expect(new Set(ids).size).toBe(40);
    for (let i = 0; i < 5; i++) await createWorkshop(server.url, `Workshop ${i}`);
  });
});

describe("join codes cannot be guessed", () => {
  let server: HardenedServer;
  const closers: (() => void)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) close();
    await server.dispose();
  });

  it("counts unknown codes per address, then refuses every lookup from it for a while, known codes too", async () => {
    server = await startHardened({ limits: { codeMissesPerMinute: 3, trustProxy: 1 } });
    const created = await createWorkshop(server.url);
    const lookup = (code: string, address: string) => fetch(`${server.url}/api/workshops/${code}`, { headers: from(address) });

    // Right codes cost nothing.
    for (let i = 0; i < 5; i++) expect((await lookup(created.code, "192.0.2.1")).status).toBe(200);
    for (const guess of ["AAAAAA", "BBBBBB", "CCCCCC"]) expect((await lookup(guess, "192.0.2.1")).status).toBe(404);

    // Refused whether the next guess is right or wrong, so the refusal says nothing about the code.
    for (const code of ["DDDDDD", created.code]) {
      const res = await lookup(code, "192.0.2.1");
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await res.json()).error.code).toBe("rate_limited");
    }
    // Routes under the code count too (they would tell 404 from 403).
    expect((await fetch(`${server.url}/api/workshops/${created.code}/report`, { headers: from("192.0.2.1") })).status).toBe(429);
    expect(await handshake(server.url, created.code, from("192.0.2.1"))).toMatchObject({ ok: false, error: { code: "rate_limited" } });

    // Another address is not affected.
    expect((await lookup(created.code, "192.0.2.2")).status).toBe(200);
  });

  it("counts handshakes with unknown codes the same way", async () => {
    server = await startHardened({ limits: { codeMissesPerMinute: 2, trustProxy: 1 } });
    const created = await createWorkshop(server.url);
    for (const guess of ["AAAAAA", "BBBBBB"]) {
      expect(await handshake(server.url, guess, from("192.0.2.9"))).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    expect(await handshake(server.url, created.code, from("192.0.2.9"))).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    expect((await fetch(`${server.url}/api/workshops/${created.code}`, { headers: from("192.0.2.9") })).status).toBe(429);
  });
});

describe("a workshop's size and a message's size", () => {
  let server: HardenedServer;
  const peers: Peer[] = [];
  afterEach(async () => {
    for (const p of peers.splice(0)) p.close();
    await server.dispose();
  });

  it("refuses a join past the most people a workshop takes, with a clear message; removed people leave a place", async () => {
    server = await startHardened({ limits: { maxParticipants: 2 } });
    const created = await createWorkshop(server.url);
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const [ann, bo, cy] = await Promise.all([0, 1, 2].map(() => Peer.participant(server.url, created.code).connected()));
    peers.push(facilitator, ann!, bo!, cy!);
    const annId = await ann!.join("Ann", "t1");
    await bo!.join("Bo", "t2");

    const full = await cy!.send({ type: "participant.join", name: "Cy", teamId: "t1" });
    expect(full).toEqual({ ok: false, error: { code: "closed", reason: "full", params: { max: 2 }, message: expect.stringMatching(/^This workshop is full/) } });
    expect(full.ok ? "" : full.error.message).toContain("2 people");

    // Someone already in who joins again (a second tab, a retry) is still let in.
    const again = await bo!.send({ type: "participant.join", name: "Bo", teamId: "t2" });
    expect(again.ok).toBe(true);

    expect((await facilitator.send({ type: "participant.remove", participantId: annId })).ok).toBe(true);
    await cy!.join("Cy", "t1");
    await facilitator.until(() => Object.values(facilitator.state!.participants).filter((p) => !p.removed).length === 2, "two people in");
  });

  it("disconnects only the socket that sends a message over 64 KiB", async () => {
    server = await startHardened();
    const created = await createWorkshop(server.url);
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const big = await Peer.participant(server.url, created.code).connected();
    const small = await Peer.participant(server.url, created.code).connected();
    peers.push(facilitator, big, small);
    await big.join("Big", "t1");
    await small.join("Small", "t2");
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });

    const gone = new Promise<string>((resolve) => big.socket.once("disconnect", (reason) => resolve(reason)));
    big.socket.emit("workshop:command", { id: randomUUID(), command: { type: "card.add", phaseId: "changes", text: randomBytes(60 * 1024).toString("base64") } }, () => {});
    expect(await gone).toMatch(/transport/);

    expect((await small.send({ type: "card.add", phaseId: "changes", text: "still here" })).ok).toBe(true);
    expect(facilitator.socket.connected).toBe(true);
    await facilitator.until(() => cardsOf(facilitator.state!, "changes").map((c) => c.text).join() === "still here", "only the small card");
  });
});
