import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardsOf } from "@/lib/domain";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";

const CARDS = 30;

/** Large batches travel deflated to the clients that asked for it, as JSON to the others. */
describe("large batches, deflated", () => {
  let server: TestServer;
  const peers: Peer[] = [];
  const open = <P extends Peer>(peer: P) => (peers.push(peer), peer.connected());

  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    for (const p of peers.splice(0)) p.close();
    await server.dispose();
  });

  it("brings a phone that reads them deflated and one that does not back to the same workshop", async () => {
    const created = await createWorkshop(server.url);
    const facilitator = await open(new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }));
    expect((await facilitator.send({ type: "phase.goto", phaseId: "changes" })).ok).toBe(true);
    const writer = await open(Peer.participant(server.url, created.code));
    await writer.join("Wendy", "t1");
    const deflating = await open(Peer.participant(server.url, created.code, undefined, { deflate: true }));
    await deflating.join("Dana", "t2");
    const plain = await open(Peer.participant(server.url, created.code));
    await plain.join("Pim", "t3");

    // Both phones drop off while thirty cards are posted; coming back, each is owed all thirty.
    deflating.close();
    plain.close();
    for (let i = 1; i <= CARDS; i++) {
      const res = await writer.send({ type: "card.add", phaseId: "changes", text: `Card ${i}: answer the customer within a day` });
      expect(res.ok).toBe(true);
    }
    const before = { deflating: deflating.received.length, plain: plain.received.length };
    await deflating.connected();
    await plain.connected();
    const all = (p: Peer) => () => p.state !== null && cardsOf(p.state, "changes").length === CARDS;
    await deflating.until(all(deflating), "the deflating phone to hold every card");
    await plain.until(all(plain), "the other phone to hold every card");

    expect(deflating.state).toEqual(plain.state);
    expect(deflating.gaps + plain.gaps).toBe(0);
    const names = (p: Peer, since: number) => p.received.slice(since).map((r) => r.event);
    expect(names(deflating, before.deflating)).toContain("workshop:deflated");
    expect(names(deflating, before.deflating)).not.toContain("workshop:events");
    expect(names(plain, before.plain)).toContain("workshop:events");
    expect(names(plain, before.plain)).not.toContain("workshop:deflated");
  });

  it("sends a deflating phone a card posted on its own as JSON, at once", async () => {
    const created = await createWorkshop(server.url);
    const facilitator = await open(new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }));
    expect((await facilitator.send({ type: "phase.goto", phaseId: "changes" })).ok).toBe(true);
    const phone = await open(Peer.participant(server.url, created.code, undefined, { deflate: true }));
    await phone.join("Dana", "t2");
    const before = phone.received.length;
    const writer = await open(Peer.participant(server.url, created.code));
    await writer.join("Wendy", "t1");
    expect((await writer.send({ type: "card.add", phaseId: "changes", text: "One contact per customer" })).ok).toBe(true);
    await phone.until(() => phone.state !== null && cardsOf(phone.state, "changes").length === 1, "the card");
    expect(phone.received.slice(before).map((r) => r.event)).not.toContain("workshop:deflated");
  });
});
