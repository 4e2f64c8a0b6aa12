import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { participantToken } from "@/lib/client/identity";
import { memoryStorage } from "@/lib/client/storage";
import type { PublicWorkshopInfo } from "@/lib/protocol";
import { Browsers, must } from "../helpers/clients";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";
import { until } from "../helpers/wait";

/**
 * A phone on the join form (opened `/w/CODE`, not joined yet) while the facilitator edits the
 * teams in the console: the choice it offers follows, without a reload, and it hears nothing else
 * of the workshop.
 */
describe("the join form's teams over real sockets", () => {
  let server: TestServer;
  let peers: Peer[] = [];
  const browsers = new Browsers(() => server.url);

  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    browsers.stopAll();
    for (const p of peers.splice(0)) p.close();
    await server.dispose();
  });

  /** Every public card a raw peer was sent, in order. */
  const cards = (peer: Peer) => peer.received.filter((r) => r.event === "workshop:info").map((r) => r.payload as PublicWorkshopInfo);
  const lastCard = (peer: Peer) => cards(peer).at(-1);
  const teamNames = (info: PublicWorkshopInfo | null | undefined) => info?.teams.map((t) => t.name);

  it("a guest phone sees a team added, renamed and removed by the facilitator, and no card traffic", async () => {
    const created = await createWorkshop(server.url, "Kick-off", ["Sales", "IT", "Finance"]);
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const ann = await Peer.participant(server.url, created.code).connected();
    await ann.join("Ann", "t1");
    expect((await facilitator.send({ type: "phase.goto", phaseId: "changes" })).ok).toBe(true);
    // The phone on the join form, as a raw socket (to read every message) and as the page's own client.
    const guest = await Peer.participant(server.url, created.code).connected();
    const page = browsers.client(created.code, { role: "participant", token: participantToken(memoryStorage(), created.code) });
    peers = [facilitator, ann, guest];
    expect(guest.you).toEqual({ role: "guest" });

    // On connecting, the card as GET /api/workshops/:code gives it.
    await guest.until(() => cards(guest).length === 1, "the card on connecting");
    const overHttp = (await (await fetch(`${server.url}/api/workshops/${created.code}`)).json()) as PublicWorkshopInfo;
    expect(lastCard(guest)).toEqual(overHttp);
    expect(overHttp.phase.id).toBe("changes");
    await until(() => page.getSnapshot().you?.role === "guest" && page.getSnapshot().info !== null, "the page's client to hold the card");
    expect(page.getSnapshot().info).toEqual(overHttp);

    const legal = await facilitator.send({ type: "team.add", name: "Legal" });
    if (!legal.ok) throw new Error(legal.error.message);
    await guest.until(() => teamNames(lastCard(guest))?.includes("Legal") === true, "the added team");
    await until(() => teamNames(page.getSnapshot().info)?.includes("Legal") === true, "the added team on the page");
    expect(teamNames(lastCard(guest))).toEqual(["Sales", "IT", "Finance", "Legal"]);

    // Card traffic in the room does not reach the join form.
    expect((await ann.send({ type: "card.add", phaseId: "changes", text: "New audit rules from January" })).ok).toBe(true);
    await facilitator.until(() => facilitator.transcript().includes("New audit rules from January"), "the card on the console");

    expect((await facilitator.send({ type: "team.rename", teamId: "t2", name: "Tech" })).ok).toBe(true);
    await guest.until(() => teamNames(lastCard(guest))?.includes("Tech") === true, "the renamed team");
    expect(teamNames(lastCard(guest))).toEqual(["Sales", "Tech", "Finance", "Legal"]);

    expect((await facilitator.send({ type: "team.remove", teamId: "t3" })).ok).toBe(true);
    await guest.until(() => teamNames(lastCard(guest))?.includes("Finance") === false, "the removed team");
    expect(teamNames(lastCard(guest))).toEqual(["Sales", "Tech", "Legal"]);
    await until(() => teamNames(page.getSnapshot().info)?.join() === "Sales,Tech,Legal", "the page's teams to follow");

    // One card per change, none for the card; never the workshop itself, its events or who is online.
    expect(cards(guest)).toHaveLength(4);
    expect(guest.received.map((r) => r.event).filter((e) => e !== "workshop:info")).toEqual(["session:ready"]);
    expect(guest.transcript()).not.toContain("New audit rules");
    expect(guest.transcript()).not.toContain("Ann");
    expect(page.getSnapshot().state).toBeNull();

    // The team that appeared can be joined; from then on this phone holds the workshop instead.
    const lars = await guest.join("Lars", legal.data.id!);
    expect(guest.state?.participants[lars]?.teamId).toBe(legal.data.id);
    expect((await facilitator.send({ type: "team.add", name: "Support" })).ok).toBe(true);
    await guest.until(() => guest.state?.teams.some((t) => t.name === "Support") === true, "the new team in the joined phone's workshop");
    expect(cards(guest)).toHaveLength(4);
  });

  it("the join form follows the workshop's language and phase; a refused or unchanged edit sends nothing", async () => {
    const created = await createWorkshop(server.url, "Kick-off", ["Sales", "IT"]);
    const console = browsers.facilitator(created.code, created.facilitatorToken);
    await until(() => console.getSnapshot().state !== null, "the console");
    const guest = await Peer.participant(server.url, created.code).connected();
    peers = [guest];
    await guest.until(() => cards(guest).length === 1, "the card on connecting");
    expect(lastCard(guest)?.language).toBe("en");

    await must(console, { type: "workshop.setLanguage", language: "nl" });
    await guest.until(() => lastCard(guest)?.language === "nl", "the new language");
    await must(console, { type: "phase.goto", phaseId: "changes" });
    await guest.until(() => lastCard(guest)?.phase.id === "changes", "the new phase");
    expect(cards(guest)).toHaveLength(3);

    // Taken name: refused. Same name: accepted, nothing changed. A timer: not on the card.
    expect(await console.send({ type: "team.add", name: "sales" })).toMatchObject({ ok: false, error: { code: "conflict" } });
    await must(console, { type: "team.rename", teamId: "t1", name: "Sales" });
    await must(console, { type: "timer.start", minutes: 1 });
    // Something that does change the card, to know everything before it has arrived.
    await must(console, { type: "team.rename", teamId: "t2", name: "Tech" });
    await guest.until(() => teamNames(lastCard(guest))?.includes("Tech") === true, "the renamed team");
    expect(cards(guest)).toHaveLength(4);
  });
});
