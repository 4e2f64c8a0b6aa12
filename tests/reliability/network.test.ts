import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardsOf } from "@/lib/domain";
import { memoryStorage } from "@/lib/client/storage";
import { participantToken } from "@/lib/client/identity";
import type { CreatedWorkshop } from "@/lib/protocol";
import { Browsers, must } from "../helpers/clients";
import { Peer, createWorkshop } from "../helpers/peer";
import { CuttableProxy } from "../helpers/proxy";
import { startServer, type TestServer } from "../helpers/server";
import { until } from "../helpers/wait";

/**
 * Venue Wi-Fi between a phone and the server: a TCP proxy in the test process that drops the
 * connection at the worst moments — before the server has read a command, or after it has done
 * it but before the answer gets back — or takes the phone offline for a long while. Phones run
 * lib/client's WorkshopClient through it; the facilitator and a reference peer connect directly.
 */
describe("a phone whose network fails", () => {
  let server: TestServer;
  let proxy: CuttableProxy;
  let created: CreatedWorkshop;
  const peers: Peer[] = [];
  const browsers = new Browsers(() => proxy.url);

  beforeEach(async () => {
    server = await startServer();
    proxy = await CuttableProxy.start(Number(new URL(server.url).port));
    created = await createWorkshop(server.url);
  });
  afterEach(async () => {
    browsers.stopAll();
    for (const p of peers.splice(0)) p.close();
    await proxy.close();
    await server.dispose();
  });

  /** The facilitator's console (direct) and Ann's phone (through the proxy) in "Changes around us". */
  async function room() {
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    peers.push(facilitator);
    const ann = await browsers.phone(created.code, "Ann", "t1");
    expect((await facilitator.send({ type: "phase.goto", phaseId: "changes" })).ok).toBe(true);
    await until(() => ann.phone.getSnapshot().state?.currentPhaseId === "changes", "the phase change on the phone");
    await until(() => ann.phone.getSnapshot().connection === "online", "the phone to be online");
    return { facilitator, ...ann };
  }

  /** The command ids the phone sent (as the proxy saw them) for a card with this text. */
  const idsSentFor = (text: string) =>
    proxy.sentUp.filter((m) => m.includes("workshop:command") && m.includes(text)).map((m) => /"id":"([A-Za-z0-9_-]+)"/.exec(m)?.[1]);

  it("is cut before the server read the command: the phone sends it again with the same id, and it takes effect once", async () => {
    const { facilitator, phone } = await room();
    const cut = proxy.cutOn("up", (m) => m.includes("workshop:command") && m.includes("Lost in the air"));
    const answer = phone.send({ type: "card.add", phaseId: "changes", text: "Lost in the air" });
    await cut;
    expect(phone.getSnapshot().pending).toHaveLength(1);

    const res = await answer;
    expect(res.ok).toBe(true);
    await facilitator.until(() => cardsOf(facilitator.state!, "changes").length === 1, "the card on the console");
    expect(cardsOf(facilitator.state!, "changes").map((c) => c.text)).toEqual(["Lost in the air"]);
    const ids = idsSentFor("Lost in the air");
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(1);
    await until(() => cardsOf(phone.getSnapshot().state!, "changes").length === 1, "the card on the phone");
    expect(phone.getSnapshot().pending).toHaveLength(0);
  });

  it("is cut after the server did the command but before the answer came back: the retry gets the first answer, no second card", async () => {
    const { facilitator, phone } = await room();
    // The answer to a card: `43<ack id>[{"ok":true,"data":{"seq":…,"id":"c…"}}]`.
    const cut = proxy.cutOn("down", (m) => /43\d+\[\{"ok":true,"data":\{"seq":\d+,"id":"c\d+"\}\}\]/.test(m));
    const answer = phone.send({ type: "card.add", phaseId: "changes", text: "Done but not heard" });
    await cut;
    // The server has it already: the console shows it while the phone still waits for its answer.
    await facilitator.until(() => cardsOf(facilitator.state!, "changes").length === 1, "the card on the console");
    const first = cardsOf(facilitator.state!, "changes")[0]!;

    const res = await answer;
    expect(res).toEqual({ ok: true, data: { seq: first.seq, id: first.id } });
    expect(idsSentFor("Done but not heard").length).toBeGreaterThanOrEqual(2);
    expect(new Set(idsSentFor("Done but not heard")).size).toBe(1);
    await until(() => phone.getSnapshot().state?.seq === facilitator.state!.seq, "the phone to catch up");
    expect(cardsOf(facilitator.state!, "changes")).toHaveLength(1);
    expect(cardsOf(phone.getSnapshot().state!, "changes").map((c) => c.id)).toEqual([first.id]);
    // The others carry on.
    expect(await must(phone, { type: "card.add", phaseId: "changes", text: "And on we go" })).toBeDefined();
    await facilitator.until(() => cardsOf(facilitator.state!, "changes").length === 2, "the next card");
  });

  it("is offline briefly: on return it gets exactly the events it missed (no snapshot), and its outbox is sent", async () => {
    const { facilitator, phone, storage } = await room();
    const bob = await browsers.phone(created.code, "Bob", "t2", memoryStorage(), server.url);
    proxy.goOffline();
    await until(() => phone.getSnapshot().connection === "reconnecting", "the phone to notice");
    void phone.send({ type: "card.add", phaseId: "changes", text: "Written in the lift" });
    await must(bob.phone, { type: "card.add", phaseId: "changes", text: "Bob meanwhile" });
    proxy.sentDown.length = 0;

    proxy.online();
    await until(() => phone.getSnapshot().pending.length === 0, "the outbox to be sent");
    await facilitator.until(() => cardsOf(facilitator.state!, "changes").length === 2, "both cards on the console");
    await until(() => phone.getSnapshot().state?.seq === facilitator.state!.seq, "the phone to catch up");
    expect(proxy.sentDown.some((m) => m.includes("workshop:snapshot"))).toBe(false);
    // What it missed came as events: Bob's card among them.
    expect(proxy.sentDown.some((m) => m.includes("workshop:events") && m.includes('"Bob meanwhile"'))).toBe(true);
    expect(cardsOf(phone.getSnapshot().state!, "changes").map((c) => c.text).sort()).toEqual(["Bob meanwhile", "Written in the lift"]);
    // The same person as before: the card is theirs.
    const me = participantToken(storage, created.code);
    const again = await new Peer(server.url, created.code, { role: "participant", token: me }).connected();
    peers.push(again);
    expect(again.you).toEqual(phone.getSnapshot().you);
  });

  it("is offline while the room posts thirty cards: on return they come in one deflated message, and it holds every one", async () => {
    const { facilitator, phone } = await room();
    const bob = await browsers.phone(created.code, "Bob", "t2", memoryStorage(), server.url);
    proxy.goOffline();
    await until(() => phone.getSnapshot().connection === "reconnecting", "the phone to notice");
    for (let i = 1; i <= 30; i++) await must(bob.phone, { type: "card.add", phaseId: "changes", text: `Bob's card ${i} of thirty` });
    proxy.sentDown.length = 0;

    proxy.online();
    await until(() => phone.getSnapshot().state?.seq === facilitator.state!.seq, "the phone to catch up");
    expect(cardsOf(phone.getSnapshot().state!, "changes")).toHaveLength(30);
    expect(proxy.sentDown.filter((m) => m.includes("workshop:deflated"))).toHaveLength(1);
    expect(proxy.sentDown.some((m) => m.includes("Bob's card"))).toBe(false);
  });

  it("is offline for longer than the server's history reaches (a phone asleep over a long break): it gets a snapshot, its outbox is sent, and it holds what a fresh phone holds", async () => {
    const { facilitator, phone, storage } = await room();
    proxy.goOffline();
    await until(() => phone.getSnapshot().connection === "reconnecting", "the phone to notice");
    void phone.send({ type: "card.add", phaseId: "changes", text: "Typed before the break" });

    // A long break of a busy room: more events than the server keeps for resuming (2,000, and up
    // to twice as many between two trims: server/rooms/history.ts).
    const live = (await server.onside.rooms.get(created.code))!;
    for (let i = 0; i < 4_100; i++) {
      const res = await live.execute(`lock-${String(i).padStart(6, "0")}`, { type: "phase.lock", phaseId: "check-out", locked: i % 2 === 0 }, { role: "facilitator" });
      expect(res.ok).toBe(true);
    }
    await until(() => facilitator.state!.seq === live.state.seq, "the console to follow", 20_000);
    proxy.sentDown.length = 0;

    proxy.online();
    await until(() => phone.getSnapshot().pending.length === 0, "the outbox to be sent", 20_000);
    await until(() => phone.getSnapshot().state?.seq === live.state.seq, "the phone to catch up", 20_000);
    expect(proxy.sentDown.some((m) => m.includes("workshop:snapshot"))).toBe(true);
    expect(cardsOf(phone.getSnapshot().state!, "changes").map((c) => c.text)).toEqual(["Typed before the break"]);
    // What it holds is what the same person's fresh phone would get.
    const fresh = await new Peer(server.url, created.code, { role: "participant", token: participantToken(storage, created.code) }).connected();
    peers.push(fresh);
    await fresh.until(() => fresh.state?.seq === live.state.seq, "a fresh copy");
    expect(phone.getSnapshot().state).toEqual(fresh.state);
  });
});

describe("the same command arriving twice", () => {
  let server: TestServer;
  let created: CreatedWorkshop;
  const peers: Peer[] = [];

  beforeEach(async () => {
    server = await startServer();
    created = await createWorkshop(server.url);
  });
  afterEach(async () => {
    for (const p of peers.splice(0)) p.close();
    await server.dispose();
  });

  async function twoSocketsOfAnn() {
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const tab1 = await Peer.participant(server.url, created.code).connected();
    peers.push(facilitator, tab1);
    await tab1.join("Ann", "t1");
    const tab2 = await new Peer(server.url, created.code, tab1.credentials).connected();
    const bob = await Peer.participant(server.url, created.code).connected();
    peers.push(tab2, bob);
    await bob.join("Bob", "t2");
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });
    await tab2.until(() => tab2.state?.currentPhaseId === "changes", "the phase change");
    return { facilitator, tab1, tab2, bob };
  }

  it("from two sockets of one person at once, or replayed with another text: one card, one answer", async () => {
    const { facilitator, tab1, tab2 } = await twoSocketsOfAnn();
    const command = { type: "card.add", phaseId: "changes", text: "Sent from both tabs" } as const;
    const answers = await Promise.all([tab1.send(command, "same-id-0001"), tab2.send(command, "same-id-0001"), tab1.send(command, "same-id-0001")]);
    expect(answers[0]!.ok).toBe(true);
    for (const a of answers) expect(a).toEqual(answers[0]);
    // A replay of the id with something else in it is the same command: the first answer, nothing new.
    const replay = await tab2.send({ type: "card.add", phaseId: "changes", text: "Something else entirely" }, "same-id-0001");
    expect(replay).toEqual(answers[0]);
    await facilitator.until(() => facilitator.state!.seq === (answers[0] as { data: { seq: number } }).data.seq, "the card");
    expect(cardsOf(facilitator.state!, "changes").map((c) => c.text)).toEqual(["Sent from both tabs"]);
  });

  it("ids belong to a person: someone else's command with the same id is a command of its own", async () => {
    const { facilitator, tab1, bob } = await twoSocketsOfAnn();
    const [ann, bobs] = await Promise.all([
      tab1.send({ type: "card.add", phaseId: "changes", text: "Ann's" }, "shared-id-01"),
      bob.send({ type: "card.add", phaseId: "changes", text: "Bob's" }, "shared-id-01"),
    ]);
    expect(ann.ok && bobs.ok).toBe(true);
    await facilitator.until(() => cardsOf(facilitator.state!, "changes").length === 2, "both cards");
  });

  it("after a restart, from the other tab: the first answer again, and still one card", async () => {
    const { tab1, tab2 } = await twoSocketsOfAnn();
    const first = await tab1.send({ type: "card.add", phaseId: "changes", text: "Before the restart" }, "restart-0042");
    expect(first.ok).toBe(true);
    for (const p of peers.splice(0)) p.close();

    server = await server.restart();
    const back = await new Peer(server.url, created.code, tab2.credentials).connected();
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    peers.push(back, facilitator);
    const replay = await back.send({ type: "card.add", phaseId: "changes", text: "Before the restart" }, "restart-0042");
    expect(replay).toEqual(first);
    await facilitator.until(() => facilitator.state !== null);
    expect(cardsOf(facilitator.state!, "changes").map((c) => c.text)).toEqual(["Before the restart"]);
  });
});
