import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardsOf } from "@/lib/domain";
import { memoryStorage } from "@/lib/client/storage";
import { WorkshopClient, type ClientSnapshot, type Credentials } from "@/lib/client/workshopClient";
import { participantToken } from "@/lib/client/identity";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";

/** The browser's own client code (lib/client), driven against a real server. */
describe("lib/client against a real server", () => {
  let server: TestServer;
  const clients: WorkshopClient[] = [];

  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.stop();
    await server.dispose();
  });

  function open(code: string, credentials: Credentials, storage = memoryStorage(), url = server.url) {
    const client = new WorkshopClient({ code, credentials, storage, url, ackTimeoutMs: 2000 });
    clients.push(client);
    client.start();
    return client;
  }

  async function until(check: () => boolean, what: string) {
    const deadline = Date.now() + 8000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async function joinedPhone(code: string, storage = memoryStorage()) {
    const phone = open(code, { role: "participant", token: participantToken(storage, code) }, storage);
    await until(() => phone.getSnapshot().you?.role === "guest", "the guest welcome");
    const joined = await phone.send({ type: "participant.join", name: "Ann", teamId: "t1" });
    expect(joined.ok).toBe(true);
    await until(() => phone.getSnapshot().state !== null, "the snapshot");
    return { phone, storage };
  }

  it("joins, follows the phase and posts, with the connection state shown", async () => {
    const created = await createWorkshop(server.url);
    const facilitator = open(created.code, { role: "facilitator", token: created.facilitatorToken });
    const { phone } = await joinedPhone(created.code);
    expect(phone.getSnapshot().connection).toBe("online");
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });
    await until(() => phone.getSnapshot().state?.currentPhaseId === "changes", "the phase change");
    await phone.send({ type: "card.add", phaseId: "changes", text: "Hello room" });
    await until(() => cardsOf(facilitator.getSnapshot().state!, "changes").length === 1, "the card on the console");
    await until(() => facilitator.getSnapshot().presence.online.length === 1, "the phone to show as online");
  });

  it("keeps a command typed before a reload and sends it once after it (the outbox survives)", async () => {
    const created = await createWorkshop(server.url);
    const facilitator = open(created.code, { role: "facilitator", token: created.facilitatorToken });
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });
    const { phone, storage } = await joinedPhone(created.code);

    // The server goes away; the phone queues a card, then the page is reloaded.
    await server.stop();
    await until(() => phone.getSnapshot().connection === "reconnecting", "the phone to notice");
    void phone.send({ type: "card.add", phaseId: "changes", text: "Typed on the train" });
    expect(phone.getSnapshot().pending).toHaveLength(1);
    phone.stop();

    server = await server.restart();
    const reloaded = open(created.code, { role: "participant", token: participantToken(storage, created.code) }, storage);
    expect(reloaded.getSnapshot().pending).toHaveLength(1);
    await until(() => reloaded.getSnapshot().pending.length === 0, "the outbox to flush");
    await until(() => reloaded.getSnapshot().state !== null, "the snapshot");
    await until(() => cardsOf(reloaded.getSnapshot().state!, "changes").length === 1, "the card");
    expect(cardsOf(reloaded.getSnapshot().state!, "changes")[0]!.text).toBe("Typed on the train");
  });

  it("says plainly when the facilitator link is wrong, and stops retrying", async () => {
    const created = await createWorkshop(server.url);
    const wrong = open(created.code, { role: "facilitator", token: "not-the-right-key-at-all" });
    await until(() => wrong.getSnapshot().connection === "failed", "the refusal");
    expect(wrong.getSnapshot().fatal).toMatchObject({ code: "unauthorized" });
  });

  it("shows a refused command as a notice and drops it from the outbox", async () => {
    const created = await createWorkshop(server.url);
    const { phone } = await joinedPhone(created.code);
    const res = await phone.send({ type: "card.add", phaseId: "changes", text: "Too early" });
    expect(res).toMatchObject({ ok: false, error: { code: "closed" } });
    expect(phone.getSnapshot().refused?.message).toMatch(/not started/);
    expect(phone.getSnapshot().pending).toHaveLength(0);
  });
  it("never changes a state it has shown: a batch of cards gives a new one, the one before stays as it was", async () => {
    const created = await createWorkshop(server.url);
    const facilitator = open(created.code, { role: "facilitator", token: created.facilitatorToken });
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });
    const { phone } = await joinedPhone(created.code);
    // Each state the page was given, with how many cards it held then.
    const shown: { state: NonNullable<ClientSnapshot["state"]>; cards: number }[] = [];
    phone.subscribe(() => {
      const state = phone.getSnapshot().state;
      if (state && shown.at(-1)?.state !== state) shown.push({ state, cards: Object.keys(state.cards).length });
    });
    const bo = await Peer.participant(server.url, created.code).connected();
    await bo.join("Bo", "t2");
    // Sent together, so that the phone receives them several to a batch.
    const acks = await Promise.all(Array.from({ length: 40 }, (_, i) => bo.send({ type: "card.add", phaseId: "changes", text: `Card ${i + 1}` })));
    expect(acks.every((a) => a.ok)).toBe(true);
    await until(() => cardsOf(phone.getSnapshot().state!, "changes").length === 40, "every card on the phone");
    bo.close();
    expect(shown.length).toBeLessThan(40);
    for (const { state, cards } of shown) expect(Object.keys(state.cards)).toHaveLength(cards);
  });
});
