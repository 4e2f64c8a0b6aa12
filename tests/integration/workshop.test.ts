import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardsOf } from "@/lib/domain";
import { unpack, type CreatedWorkshop, type WireEvent } from "@/lib/protocol";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";

/** A facilitator and three participants in two teams, in "Changes around us". */
async function room(server: TestServer) {
  const created = await createWorkshop(server.url);
  const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
  const [ann, bob, cy] = await Promise.all(["Ann", "Bob", "Cy"].map(() => Peer.participant(server.url, created.code).connected()));
  await ann!.join("Ann", "t1");
  await bob!.join("Bob", "t2");
  await cy!.join("Cy", "t2");
  const opened = await facilitator.send({ type: "phase.goto", phaseId: "changes" });
  expect(opened.ok).toBe(true);
  const everyone = [facilitator, ann!, bob!, cy!];
  await Promise.all(everyone.map((p) => p.until(() => p.state?.currentPhaseId === "changes", "the phase change")));
  return { created, facilitator, ann: ann!, bob: bob!, cy: cy!, everyone };
}

describe("a live workshop over real sockets", () => {
  let server: TestServer;
  let peers: Peer[] = [];
  let created: CreatedWorkshop;

  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    for (const p of peers) p.close();
    peers = [];
    await server.dispose();
  });

  it("delivers a card live to every other peer, tagged with the author's team", async () => {
    const r = await room(server);
    peers = r.everyone;
    const res = await r.ann.send({ type: "card.add", phaseId: "changes", text: "New audit rules from January" });
    expect(res.ok).toBe(true);
    for (const p of r.everyone) {
      await p.until(() => cardsOf(p.state!, "changes").length === 1, "the card");
      expect(cardsOf(p.state!, "changes")[0]).toMatchObject({ text: "New audit rules from January", teamId: "t1" });
    }
  });

  it("answers a phone's card before it sends the phone that card", async () => {
    const r = await room(server);
    peers = r.everyone;
    const seen: string[] = [];
    r.ann.socket.on("workshop:events", (events) => {
      if (unpack(events).some((e) => e.event.type === "card.added")) seen.push("card");
    });
    const answered = new Promise<void>((resolve) =>
      r.ann.socket.emit("workshop:command", { id: "order-0001", command: { type: "card.add", phaseId: "changes", text: "Answer first" } }, (res) => {
        expect(res.ok).toBe(true);
        seen.push("answer");
        resolve();
      }),
    );
    await answered;
    await r.ann.until(() => cardsOf(r.ann.state!, "changes").length === 1, "the card");
    expect(seen).toEqual(["answer", "card"]);
  });

  it("applies a retried command (same id) once", async () => {
    const r = await room(server);
    peers = r.everyone;
    const command = { type: "card.add", phaseId: "changes", text: "Only once" } as const;
    const [first, second] = await Promise.all([r.ann.send(command, "retry-0001"), r.ann.send(command, "retry-0001")]);
    const third = await r.ann.send(command, "retry-0001");
    expect(first).toEqual(second);
    expect(third).toEqual(first);
    await r.bob.until(() => cardsOf(r.bob.state!, "changes").length === 1);
    await new Promise((res) => setTimeout(res, 100));
    expect(cardsOf(r.bob.state!, "changes")).toHaveLength(1);
    expect(cardsOf(r.facilitator.state!, "changes")).toHaveLength(1);
  });

  it("sends a peer that was disconnected exactly what it missed", async () => {
    const r = await room(server);
    peers = r.everyone;
    const before = r.cy.state!.seq;
    r.cy.close();
    await r.ann.send({ type: "card.add", phaseId: "changes", text: "While Cy was away" });
    await r.bob.send({ type: "card.add", phaseId: "changes", text: "Also while away" });
    await r.ann.until(() => r.ann.state!.seq === before + 2);

    r.cy.received.length = 0;
    r.cy.socket.connect();
    await r.cy.until(() => r.cy.state!.seq === before + 2, "the missed events");
    const batches = r.cy.received.filter((m) => m.event === "workshop:events");
    const seqs = batches.flatMap((m) => unpack(m.payload as WireEvent[]).map((e) => e.seq));
    expect(seqs).toEqual([before + 1, before + 2]);
    expect(r.cy.received.some((m) => m.event === "workshop:snapshot")).toBe(false);
    expect(cardsOf(r.cy.state!, "changes").map((c) => c.text)).toEqual(["While Cy was away", "Also while away"]);
  });

  it("keeps everything across a restart on the same data, and people stay who they were", async () => {
    const r = await room(server);
    const first = await r.ann.send({ type: "card.add", phaseId: "changes", text: "Survives a restart" }, "restart-0001");
    const cardId = first.ok ? first.data.id : undefined;
    expect(cardId).toBeDefined();
    for (const p of r.everyone) p.close();
    const stateBefore = r.facilitator.state!;

    server = await server.restart();
    const facilitator = await new Peer(server.url, r.created.code, r.facilitator.credentials).connected();
    const ann = await new Peer(server.url, r.created.code, r.ann.credentials).connected();
    peers = [facilitator, ann];
    await facilitator.until(() => facilitator.state !== null);
    await ann.until(() => ann.state !== null);
    expect(ann.you).toEqual({ role: "participant", participantId: r.ann.you && "participantId" in r.ann.you ? r.ann.you.participantId : "" });
    expect(facilitator.state!.seq).toBe(stateBefore.seq + 1);
    expect(cardsOf(facilitator.state!, "changes").map((c) => c.text)).toEqual(["Survives a restart"]);
    expect(Object.keys(facilitator.state!.participants)).toHaveLength(3);
    expect(facilitator.state!.currentPhaseId).toBe("changes");

    // A retry that arrives after the restart gets the first answer back, and no second card.
    const retry = await ann.send({ type: "card.add", phaseId: "changes", text: "Survives a restart" }, "restart-0001");
    expect(retry).toMatchObject({ ok: true, data: { id: cardId } });
    expect(cardsOf(facilitator.state!, "changes")).toHaveLength(1);
  });

  it("refuses a participant's facilitator command, and the workshop carries on", async () => {
    const r = await room(server);
    peers = r.everyone;
    const res = await r.bob.send({ type: "phase.goto", phaseId: "mirror" });
    expect(res).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const hide = await r.bob.send({ type: "card.setHidden", cardId: "c1", hidden: true });
    expect(hide).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await r.bob.send({ type: "card.add", phaseId: "changes", text: "Still here" })).ok).toBe(true);
    expect(r.facilitator.state!.currentPhaseId).toBe("changes");
  });

  it("answers a malformed payload with a typed error and keeps the connection", async () => {
    const r = await room(server);
    peers = r.everyone;
    const raw = r.ann.socket as unknown as { timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<unknown> } };
    for (const payload of [null, 42, "card", { id: "x" }, { id: "abcdefgh", command: { type: "card.add", text: "" } }, { id: "abcdefgh", command: { type: "nope" } }]) {
      const res = await raw.timeout(2000).emitWithAck("workshop:command", payload);
      expect(res).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    }
    const tooLong = await r.ann.send({ type: "card.add", phaseId: "changes", text: "x".repeat(501) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    // An event without a callback is dropped quietly; an unknown event is ignored.
    const loose = r.ann.socket as unknown as { emit(e: string, p: unknown): void };
    loose.emit("workshop:sync", { since: 0 });
    loose.emit("no:such-event", { x: 1 });
    expect(r.ann.socket.connected).toBe(true);
    expect((await r.ann.send({ type: "card.add", phaseId: "changes", text: "Fine after all" })).ok).toBe(true);
  });

  it("never sends secrets, and never sends a hidden card's text to phones or the screen", async () => {
    const r = await room(server);
    const screen = await new Peer(server.url, r.created.code, { role: "screen" }).connected();
    peers = [...r.everyone, screen];
    await screen.until(() => screen.state !== null);
    const added = await r.ann.send({ type: "card.add", phaseId: "changes", text: "first draft" });
    const cardId = added.ok ? added.data.id! : "";
    await r.bob.until(() => cardsOf(r.bob.state!, "changes").length === 1);
    await r.facilitator.send({ type: "card.setHidden", cardId, hidden: true });
    await r.bob.until(() => cardsOf(r.bob.state!, "changes").length === 0, "the card to disappear");
    await screen.until(() => cardsOf(screen.state!, "changes").length === 0, "the card to leave the screen");
    expect(cardsOf(r.facilitator.state!, "changes")[0]).toMatchObject({ hidden: true });

    // A late joiner's snapshot does not carry it either.
    const late = await Peer.participant(server.url, r.created.code).connected();
    peers.push(late);
    await late.join("Late", "t3");
    expect(late.transcript()).not.toContain("first draft");

    for (const p of [r.ann, r.bob, r.cy, screen, late, r.facilitator]) {
      expect(p.transcript()).not.toContain(r.created.facilitatorToken);
      expect(p.transcript()).not.toMatch(/tokenHash|facilitatorTokenHash/);
      expect(p.transcript()).not.toContain((r.ann.credentials as { token: string }).token);
    }
  });

  it("refuses a wrong facilitator link and an unknown code at the handshake", async () => {
    created = await createWorkshop(server.url);
    const wrong = new Peer(server.url, created.code, { role: "facilitator", token: "x".repeat(32) });
    const unknown = Peer.participant(server.url, "ZZZZZZ");
    peers = [wrong, unknown];
    await expect(wrong.connected()).rejects.toMatchObject({ data: { code: "unauthorized" } });
    await expect(unknown.connected()).rejects.toMatchObject({ data: { code: "not_found" } });
  });

  it("lets a participant back in as the same person with the same token, in lower case code too", async () => {
    created = await createWorkshop(server.url);
    const phone = Peer.participant(server.url, created.code);
    await phone.connected();
    const id = await phone.join("Dee", "t1");
    phone.close();
    const again = new Peer(server.url, created.code.toLowerCase(), phone.credentials);
    peers = [phone, again];
    await again.connected();
    expect(again.you).toEqual({ role: "participant", participantId: id });
    const joinAgain = await again.send({ type: "participant.join", name: "Dee", teamId: "t1" });
    expect(joinAgain).toMatchObject({ ok: true, data: { id } });
  });
});
