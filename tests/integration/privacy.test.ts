import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DomainEvent } from "@/lib/domain";
import { unpack, type Presence, type WireEvent } from "@/lib/protocol";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";

/**
 * Invariant 4, over the wire: every payload each socket receives is recorded, and what a viewer
 * may not see — a private card before the reveal, an anonymous author, a blind vote — is never
 * in it.
 */

/** Every event a peer received in batches: shared ones, and its own copies (`workshop:own`). */
function eventsOf(peer: Peer): DomainEvent[] {
  return peer.received
    .filter((m) => m.event === "workshop:events" || m.event === "workshop:own")
    .flatMap((m) => unpack(m.payload as WireEvent[]).map((e) => e.event));
}

describe("what each audience receives", () => {
  let server: TestServer;
  let peers: Peer[] = [];

  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    for (const p of peers) p.close();
    peers = [];
    await server.dispose();
  });

  /** A facilitator, the screen and three participants, one per team. */
  async function room() {
    const created = await createWorkshop(server.url);
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const screen = await new Peer(server.url, created.code, { role: "screen" }).connected();
    const [ann, bob, cy] = await Promise.all([0, 1, 2].map(() => Peer.participant(server.url, created.code).connected()));
    const ids = [await ann!.join("Ann", "t1"), await bob!.join("Bob", "t2"), await cy!.join("Cy", "t3")];
    peers = [facilitator, screen, ann!, bob!, cy!];
    await screen.until(() => screen.state !== null);
    const goto = async (phaseId: string) => {
      expect((await facilitator.send({ type: "phase.goto", phaseId })).ok).toBe(true);
      await Promise.all(peers.map((p) => p.until(() => p.state?.currentPhaseId === phaseId, `phase ${phaseId}`)));
    };
    return { created, facilitator, screen, ann: ann!, bob: bob!, cy: cy!, ids, goto };
  }

  it("keeps private writing from other phones and the screen until the reveal", async () => {
    const r = await room();
    await r.goto("shoes");
    const assigned = r.ann.state!.assignments.shoes?.[r.ids[0]!];
    expect(assigned).toBeDefined();
    const text = "They know every customer by name";
    const res = await r.ann.send({ type: "card.add", phaseId: "shoes", text, column: "strengths", aboutTeamId: assigned! });
    expect(res.ok).toBe(true);
    await r.facilitator.until(() => r.facilitator.transcript().includes(text), "the facilitator to see it");
    await r.bob.until(() => r.bob.state!.seq === r.facilitator.state!.seq, "Bob to be in sync");

    for (const p of [r.bob, r.cy, r.screen]) expect(p.transcript()).not.toContain(text);
    expect(r.ann.transcript()).toContain(text);
    // The hidden event still advanced everyone's sequence: a marker, not a gap.
    expect(eventsOf(r.bob).some((e) => e.type === "redacted")).toBe(true);
    expect(r.bob.gaps).toBe(0);

    // A phone that joins late gets a snapshot without it too.
    const late = await Peer.participant(server.url, r.created.code).connected();
    peers.push(late);
    await late.join("Dee", "t2");
    expect(late.transcript()).not.toContain(text);

    expect((await r.facilitator.send({ type: "phase.reveal", phaseId: "shoes" })).ok).toBe(true);
    for (const p of [r.bob, r.cy, r.screen, late]) {
      await p.until(() => Object.values(p.state!.cards).some((c) => c.text === text), "the revealed card");
    }
  });

  it("never sends the author of an anonymous belief to anyone but the author", async () => {
    const r = await room();
    await r.goto("beliefs");
    const text = "IT always causes the delay";
    const res = await r.ann.send({ type: "belief.add", phaseId: "beliefs", aboutTeamId: "t2", cause: "unexplained", text });
    expect(res.ok).toBe(true);
    for (const p of peers) await p.until(() => p.transcript().includes(text), "the belief");

    const annId = r.ids[0]!;
    for (const p of [r.facilitator, r.screen, r.bob, r.cy]) {
      const added = eventsOf(p).filter((e) => e.type === "belief.added");
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({ authorId: null });
      expect(Object.values(p.state!.beliefs)[0]?.authorId).toBeNull();
    }
    expect(eventsOf(r.ann).find((e) => e.type === "belief.added")).toMatchObject({ authorId: annId });
    // Her own copy came apart from the shared one, which names nobody: she holds hers.
    expect(Object.values(r.ann.state!.beliefs)[0]?.authorId).toBe(annId);

    // Votes: the split by team is public, a person's vote is not.
    const beliefId = res.ok ? res.data.id! : "";
    expect((await r.bob.send({ type: "belief.vote", beliefId, vote: "disagree" })).ok).toBe(true);
    await r.cy.until(() => eventsOf(r.cy).some((e) => e.type === "belief.voted"), "the vote");
    for (const p of [r.facilitator, r.screen, r.ann, r.cy]) {
      const voted = eventsOf(p).filter((e) => e.type === "belief.voted");
      expect(voted.every((e) => "participantId" in e && e.participantId === null)).toBe(true);
    }
    expect(r.cy.state!.beliefTallies[beliefId]?.t2?.disagree).toBe(1);
    // Who did what stays in the server's log: no event anyone receives names its actor.
    for (const p of peers) expect(p.transcript()).not.toContain('"actor"');
  });

  it("keeps dot votes blind, for the facilitator too, until the vote closes", async () => {
    const r = await room();
    await r.goto("brainstorm");
    const idea = await r.ann.send({ type: "card.add", phaseId: "brainstorm", text: "One contact person per customer" });
    const cardId = idea.ok ? idea.data.id! : "";
    for (const p of [r.bob, r.cy]) {
      expect((await p.send({ type: "dot.add", phaseId: "brainstorm", cardId })).ok).toBe(true);
    }
    await r.facilitator.until(() => r.facilitator.state!.seq === r.bob.state!.seq);
    for (const p of [r.facilitator, r.screen, r.ann]) {
      expect(eventsOf(p).filter((e) => e.type === "dot.added")).toHaveLength(0);
      expect(p.state!.dotTallies.brainstorm ?? {}).toEqual({});
    }
    expect(eventsOf(r.bob).filter((e) => e.type === "dot.added")).toHaveLength(1);

    expect((await r.facilitator.send({ type: "vote.close", phaseId: "brainstorm" })).ok).toBe(true);
    for (const p of peers) {
      await p.until(() => p.state!.dotTallies.brainstorm?.[cardId] === 2, "the tally after the close");
    }
    const late = await r.cy.send({ type: "dot.add", phaseId: "brainstorm", cardId });
    expect(late).toMatchObject({ ok: false });
  });

  it("tells only the console who is online; phones and the screen hear the counts, and only when they change", async () => {
    const r = await room();
    const presenceOf = (p: Peer) => p.received.filter((m) => m.event === "presence:changed").map((m) => m.payload as Presence);
    const last = (p: Peer) => presenceOf(p).at(-1);
    await r.facilitator.until(() => last(r.facilitator)?.online.length === 3, "the console to list the three phones");
    expect([...last(r.facilitator)!.online].sort()).toEqual([...r.ids].sort());
    const others = [r.screen, r.ann, r.bob, r.cy];
    for (const p of others) await p.until(() => last(p)?.facilitators === 1 && last(p)?.screens === 1, "the counts");
    for (const p of others) expect(presenceOf(p).every((v) => v.online.length === 0)).toBe(true);

    // A fourth phone arrives: the console's list changes, the others' counts do not.
    const told = others.map((p) => presenceOf(p).length);
    const dee = await Peer.participant(server.url, r.created.code).connected();
    peers.push(dee);
    const deeId = await dee.join("Dee", "t1");
    await r.facilitator.until(() => last(r.facilitator)?.online.includes(deeId) === true, "the console to list Dee");
    expect(last(dee)).toEqual({ online: [], facilitators: 1, screens: 1 });
    expect(others.map((p) => presenceOf(p).length)).toEqual(told);

    // The facilitator goes: that is news for every phone.
    r.facilitator.close();
    for (const p of [...others, dee]) await p.until(() => last(p)?.facilitators === 0, "the phones to see the facilitator gone");
  });
});
