import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandInput } from "@/lib/domain";
import type { CatchUpView } from "@/lib/domain/features/catchup/view";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";
import { AGREEMENT_FIELDS } from "../helpers/agreement";

const FIELDS = AGREEMENT_FIELDS;
const WEEK = 7 * 24 * 3600_000;

/** A short day over the wire: Zed (Sales) writes about IT and an anonymous belief; one agreement. */
async function shortDay(url: string) {
  const created = await createWorkshop(url);
  const facilitator = await new Peer(url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
  const zed = await Peer.participant(url, created.code).connected();
  const zedId = await zed.join("Zed Phone", "t1");
  const must = async (peer: Peer, command: CommandInput) => {
    const res = await peer.send(command);
    if (!res.ok) throw new Error(`${command.type}: ${res.error.message}`);
    return res.data.id ?? "";
  };
  await must(facilitator, { type: "phase.goto", phaseId: "shoes" });
  await must(zed, { type: "card.add", phaseId: "shoes", column: "strengths", aboutTeamId: "t2", text: "IT keeps the lights on" });
  await must(facilitator, { type: "phase.goto", phaseId: "beliefs" });
  const beliefId = await must(zed, { type: "belief.add", phaseId: "beliefs", aboutTeamId: "t2", cause: "unexplained", text: "IT never explains a change" });
  await must(facilitator, { type: "phase.goto", phaseId: "agreements" });
  const agreementId = await must(facilitator, { type: "agreement.create", phaseId: "agreements", fields: FIELDS });
  return { created, facilitator, zed, zedId, beliefId, agreementId };
}

describe("the catch-up over HTTP", () => {
  let server: TestServer;
  let day: Awaited<ReturnType<typeof shortDay>>;
  const call = (path: string, token: string | null, body?: unknown) =>
    fetch(`${server.url}/api${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const admin = (path: string, body?: unknown) => call(`/workshops/${day.created.code}/catchup${path}`, day.created.facilitatorToken, body);
  const linkFor = async (teamId: string) => {
    const res = await admin("/links", { teamId });
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    return url.split("/c/")[1]!;
  };
  const joinAs = async (invite: string, name: string) => {
    const res = await call("/catchup/join", invite, { name });
    expect(res.status).toBe(201);
    return (await res.json()) as { token: string; view: CatchUpView };
  };
  const step = (token: string, phaseId: string, input: unknown) => call("/catchup/steps", token, { phaseId, input });

  beforeEach(async () => {
    server = await startServer();
    day = await shortDay(server.url);
  });
  afterEach(async () => {
    day.facilitator.close();
    day.zed.close();
    await server.dispose();
  });

  it("only the facilitator opens it, and a link opens it for one team", async () => {
    expect((await call(`/workshops/${day.created.code}/catchup`, "not-the-key", { deadline: Date.now() + WEEK })).status).toBe(403);
    expect((await admin("", { deadline: Date.now() + WEEK })).status).toBe(201);
    const invite = await linkFor("t2");
    const res = await call("/catchup", invite);
    expect(await res.json()).toMatchObject({ invite: { team: "IT", open: true } });
    expect((await call("/catchup", `${day.created.code}.${"x".repeat(32)}`)).status).toBe(403);
  });

  it("walks the steps in order, continues with the same token, and is read-only once closed", async () => {
    await admin("", { deadline: Date.now() + WEEK });
    const { token, view } = await joinAs(await linkFor("t2"), "Dana Absent");
    expect(view.currentPhaseId).toBe("check-in");
    expect((await step(token, "mirror", { kind: "mirror" })).status).toBe(409);
    expect((await step(token, "check-in", { kind: "pulse", answers: { "they-understand": 2, "i-understand": 3 } })).status).toBe(200);
    expect((await step(token, "check-in", { kind: "pulse", answers: { "they-understand": 2, "i-understand": 3 } })).status).toBe(409);
    const again = (await (await call("/catchup", token)).json()) as { view: CatchUpView };
    expect(again.view.currentPhaseId).toBe("shoes");
    expect((await admin("/close", {})).status).toBe(200);
    expect((await step(token, "shoes", { kind: "perspective", cards: [] })).status).toBe(409);
    expect((await admin("/extend", { deadline: Date.now() + WEEK })).status).toBe(200);
    expect((await step(token, "shoes", { kind: "perspective", cards: [] })).status).toBe(200);
  });

  it("refuses a body that is too long", async () => {
    await admin("", { deadline: Date.now() + WEEK });
    const { token } = await joinAs(await linkFor("t2"), "Dana Absent");
    const res = await step(token, "check-in", { kind: "pulse", answers: { "they-understand": 2 }, pad: "x".repeat(20_000) });
    expect([400, 413]).toContain(res.status);
  });

  it("never sends a catch-up participant an anonymous author, nor the mirror before their writing", async () => {
    await admin("", { deadline: Date.now() + WEEK });
    await day.facilitator.send({ type: "phase.reveal", phaseId: "shoes" });
    const { token, view } = await joinAs(await linkFor("t2"), "Dana Absent");
    const received: string[] = [JSON.stringify(view)];
    const read = async (res: Response) => {
      const text = await res.text();
      received.push(text);
      return JSON.parse(text) as { view: CatchUpView };
    };
    await read(await step(token, "check-in", { kind: "pulse", answers: { "they-understand": 2, "i-understand": 3 } }));
    const beforeWriting = JSON.stringify(received);
    expect(beforeWriting).not.toContain("IT keeps the lights on");
    const after = await read(await step(token, "shoes", { kind: "perspective", cards: [{ about: "other", column: "strengths", text: "Sales listens" }] }));
    expect(JSON.stringify(after.view.steps.find((s) => s.phaseId === "mirror")?.view)).toContain("IT keeps the lights on");
    await read(await step(token, "mirror", { kind: "mirror" }));
    await read(await step(token, "beliefs", { kind: "beliefs", votes: { [day.beliefId]: "agree" }, belief: { aboutTeamId: "t1", cause: "other", text: "Sales promises too much" } }));
    const all = JSON.stringify(received);
    expect(all).toContain("IT never explains a change");
    expect(all).not.toContain(day.zedId);
    expect(all).not.toContain("Zed Phone");
    expect(all).not.toContain("authorId");
  });

  it("the room's sockets get only bare markers; the facilitator sees progress and concerns over HTTP", async () => {
    await admin("", { deadline: Date.now() + WEEK });
    const { token } = await joinAs(await linkFor("t2"), "Dana Absent");
    await step(token, "check-in", { kind: "pulse", answers: { "they-understand": 2, "i-understand": 3 } });
    await step(token, "shoes", { kind: "perspective", cards: [] });
    await step(token, "mirror", { kind: "mirror" });
    await step(token, "beliefs", { kind: "beliefs", votes: {}, belief: { aboutTeamId: "t1", cause: "other", text: "Sales promises too much" } });
    const res = await step(token, "agreements", { kind: "agreements", responses: { [day.agreementId]: { answer: "concern", text: "Invoices come from two systems" } } });
    expect(res.status).toBe(200);
    const summary = (await (await admin("")).json()) as { catchup: { teams: { teamId: string; started: number }[]; concerns: { text: string; name: string }[] } };
    expect(summary.catchup.teams.find((t) => t.teamId === "t2")?.started).toBe(1);
    expect(summary.catchup.concerns).toEqual([expect.objectContaining({ name: "Dana Absent", text: "Invoices come from two systems" })]);
    // The agreement's owner reads its concerns through their edit link; a participant's token reads nothing.
    const edit = (await (await call(`/workshops/${day.created.code}/agreements/${day.agreementId}/edit-link`, day.created.facilitatorToken, {})).json()) as { editUrl: string };
    const ownerView = await call(`/workshops/${day.created.code}/catchup`, new URL(edit.editUrl).hash.replace(/^#edit=/, ""));
    expect(((await ownerView.json()) as typeof summary).catchup.concerns).toEqual([expect.objectContaining({ text: "Invoices come from two systems" })]);
    expect((await call(`/workshops/${day.created.code}/catchup`, (day.zed.credentials as { token: string }).token)).status).toBe(403);
    await day.zed.until(() => (day.zed.state?.seq ?? 0) >= (day.facilitator.state?.seq ?? 0) && (day.facilitator.state?.seq ?? 0) > 0);
    for (const peer of [day.zed, day.facilitator]) {
      const text = peer.transcript();
      expect(text).not.toContain("Dana Absent");
      expect(text).not.toContain("Sales promises too much");
      expect(text).not.toContain(token.split(".")[1]);
    }
  });
});
