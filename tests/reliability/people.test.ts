import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardsOf } from "@/lib/domain";
import { dotsUsed } from "@/lib/domain/features/brainstorm/dots";
import { memoryStorage } from "@/lib/client/storage";
import { participantToken } from "@/lib/client/identity";
import type { CreatedWorkshop } from "@/lib/protocol";
import { Browsers, must } from "../helpers/clients";
import { Peer, createWorkshop } from "../helpers/peer";
import { CuttableProxy } from "../helpers/proxy";
import { startServer, type TestServer } from "../helpers/server";
import { until } from "../helpers/wait";

describe("people who are there twice, or away for a while", () => {
  let server: TestServer;
  let proxy: CuttableProxy;
  let created: CreatedWorkshop;
  const peers: Peer[] = [];
  const browsers = new Browsers(() => server.url);

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

  it("two tabs of one person: one person in presence, one vote budget across both tabs", async () => {
    const facilitator = browsers.facilitator(created.code, created.facilitatorToken);
    const bob = await browsers.phone(created.code, "Bob", "t2");
    // Ann's phone has the workshop open in two tabs: the same storage, so the same token.
    const annStorage = memoryStorage();
    const tabA = await browsers.phone(created.code, "Ann", "t1", annStorage);
    const tabB = browsers.client(created.code, { role: "participant", token: participantToken(annStorage, created.code) }, annStorage);
    await until(() => tabB.getSnapshot().you?.role === "participant", "the second tab to be Ann too");
    expect(tabB.getSnapshot().you).toEqual(tabA.phone.getSnapshot().you);

    await must(facilitator, { type: "phase.goto", phaseId: "brainstorm" });
    await until(() => bob.phone.getSnapshot().state?.currentPhaseId === "brainstorm", "the brainstorm on Bob's phone");
    const ideas: string[] = [];
    for (const text of ["Shared calendar", "Joint visits", "Legal office hours", "One quote tool"]) {
      ideas.push((await must(bob.phone, { type: "card.add", phaseId: "brainstorm", text }))!);
    }
    await until(() => tabB.getSnapshot().state?.seq === facilitator.getSnapshot().state?.seq, "both tabs to hold the ideas");

    // Presence: three connections, two people.
    await until(() => facilitator.getSnapshot().presence.online.length === 2, "presence to settle");
    expect([...facilitator.getSnapshot().presence.online].sort()).toEqual([tabA.id, bob.id].sort());

    // Both tabs spend dots at once, six between them: the budget is three, for the person.
    const votes = await Promise.all([
      ...ideas.slice(0, 3).map((cardId) => tabA.phone.send({ type: "dot.add", phaseId: "brainstorm", cardId })),
      ...ideas.slice(1, 4).map((cardId) => tabB.send({ type: "dot.add", phaseId: "brainstorm", cardId })),
    ]);
    expect(votes.filter((v) => v.ok)).toHaveLength(3);
    for (const refused of votes.filter((v) => !v.ok)) expect(refused).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringMatching(/used all 3/) } });
    const room = (await server.onside.rooms.get(created.code))!;
    expect(dotsUsed(room.state, "brainstorm", tabA.id)).toBe(3);
    // Both tabs show the same three dots.
    await until(() => tabA.phone.getSnapshot().state?.seq === room.state.seq && tabB.getSnapshot().state?.seq === room.state.seq, "both tabs to catch up");
    expect(tabA.phone.getSnapshot().state!.dots).toEqual(tabB.getSnapshot().state!.dots);
    expect(dotsUsed(tabB.getSnapshot().state!, "brainstorm", tabA.id)).toBe(3);

    // Closing one tab leaves Ann online; closing the other takes her off.
    const before = facilitator.getSnapshot().presence;
    tabA.phone.stop();
    await until(() => facilitator.getSnapshot().presence !== before, "presence to be told again after one tab closed");
    expect(facilitator.getSnapshot().presence.online).toContain(tabA.id);
    tabB.stop();
    await until(() => !facilitator.getSnapshot().presence.online.includes(tabA.id), "Ann to go offline with her last tab");
  });

  it("the facilitator's laptop drops off: phones keep posting; on return the console holds everything and takes over", async () => {
    const facilitator = browsers.facilitator(created.code, created.facilitatorToken, proxy.url);
    await until(() => facilitator.getSnapshot().state !== null, "the console");
    const ann = await browsers.phone(created.code, "Ann", "t1");
    const bob = await browsers.phone(created.code, "Bob", "t2");
    await must(facilitator, { type: "phase.goto", phaseId: "changes" });
    await until(() => bob.phone.getSnapshot().presence.facilitators === 1 && bob.phone.getSnapshot().state?.currentPhaseId === "changes", "the room in Changes");

    proxy.goOffline();
    await until(() => facilitator.getSnapshot().connection === "reconnecting", "the console to notice");
    await until(() => bob.phone.getSnapshot().presence.facilitators === 0, "phones to see the facilitator gone");
    // The room carries on without the console…
    for (const [i, { phone }] of [ann, bob].entries()) {
      for (let n = 0; n < 3; n++) await must(phone, { type: "card.add", phaseId: "changes", text: `posted while away ${i}-${n}` });
    }
    // …and what the facilitator clicks meanwhile waits in the console's outbox.
    const started = facilitator.send({ type: "timer.start", minutes: 5 });
    expect(facilitator.getSnapshot().pending).toHaveLength(1);

    proxy.online();
    expect((await started).ok).toBe(true);
    const reference = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    peers.push(reference);
    await reference.until(() => reference.state !== null);
    await until(() => facilitator.getSnapshot().state?.seq === reference.state!.seq, "the console to catch up");
    expect(facilitator.getSnapshot().state).toEqual(reference.state);
    expect(cardsOf(facilitator.getSnapshot().state!, "changes")).toHaveLength(6);
    expect(facilitator.getSnapshot().state!.timer).toMatchObject({ durationMs: 5 * 60_000 });

    // The facilitator takes over again: the room follows.
    await must(facilitator, { type: "phase.goto", phaseId: "shoes" });
    for (const { phone } of [ann, bob]) await until(() => phone.getSnapshot().state?.currentPhaseId === "shoes", "the phones to follow");
    await until(() => bob.phone.getSnapshot().presence.facilitators >= 1, "phones to see the facilitator back");
  });
});
