import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandInput } from "@/lib/domain";
import type { CreatedWorkshop, EditLink, ReportResponse, ShareLink, WorkshopExport } from "@/lib/protocol";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";
import { AGREEMENT_FIELDS } from "../helpers/agreement";

const FIELDS = AGREEMENT_FIELDS;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const secretOf = (url: string) => new URL(url).hash.replace(/^#(share|edit)=/, "");

/**
 * Sales, IT and Finance: Zed (Sales) and Yara (IT) on phones; one agreement, one carry-over, and
 * an anonymous belief by Zed. The room is at the carry-over.
 */
async function workshopWithAgreements(url: string) {
  const created = await createWorkshop(url);
  const facilitator = await new Peer(url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
  const zed = await Peer.participant(url, created.code).connected();
  const yara = await Peer.participant(url, created.code).connected();
  const zedId = await zed.join("Zed Phone", "t1");
  await yara.join("Yara Phone", "t2");
  const must = async (peer: Peer, command: CommandInput) => {
    const res = await peer.send(command);
    if (!res.ok) throw new Error(`${command.type}: ${res.error.message}`);
    return res.data.id ?? "";
  };
  await must(facilitator, { type: "phase.goto", phaseId: "beliefs" });
  await must(zed, { type: "belief.add", phaseId: "beliefs", aboutTeamId: "t2", cause: "unexplained", text: "IT never explains a change" });
  await must(facilitator, { type: "phase.goto", phaseId: "agreements" });
  const agreementId = await must(facilitator, { type: "agreement.create", phaseId: "agreements", fields: FIELDS });
  await must(yara, { type: "agreement.endorse", agreementId, endorsed: true });
  await must(facilitator, { type: "phase.goto", phaseId: "carry-over" });
  const carryOverId = await must(facilitator, {
    type: "agreement.create",
    phaseId: "carry-over",
    fields: { ...FIELDS, what: "Replay the mirror with the night shift", ownerTeamId: "t1", buddyTeamId: "t2" },
  });
  return { created, facilitator, zed, yara, zedId, agreementId, carryOverId, must };
}

describe("the report and its downloads", () => {
  let server: TestServer;
  let w: Awaited<ReturnType<typeof workshopWithAgreements>>;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}/api/workshops/${w.created.code}${path}`, { headers });
  const post = (path: string, token: string | null, body?: unknown) =>
    fetch(`${server.url}/api/workshops/${w.created.code}${path}`, {
      method: "POST",
      headers: { ...(token ? bearer(token) : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const tokenOf = (peer: Peer) => (peer.credentials as { token: string }).token;

  beforeEach(async () => {
    server = await startServer();
    w = await workshopWithAgreements(server.url);
  });
  afterEach(async () => {
    for (const p of [w.facilitator, w.zed, w.yara]) p.close();
    await server.dispose();
  });

  it("shows a participant the agreements first, with teams by name and no participant's name", async () => {
    const res = await get("/report", bearer(tokenOf(w.zed)));
    expect(res.status).toBe(200);
    const { report, you } = (await res.json()) as ReportResponse;
    expect(you).toEqual({ role: "participant" });
    expect(report.workshop).toMatchObject({ code: w.created.code, title: "Kick-off", participants: 2 });
    expect(report.agreements.map((a) => [a.kind, a.what, a.ownerTeam, a.buddyTeam, a.endorsements])).toEqual([
      ["agreement", FIELDS.what, "Finance", "Sales", 1],
      ["carry-over", "Replay the mirror with the night shift", "Sales", "IT", 0],
    ]);
    expect(report.beliefs).toMatchObject([{ text: "IT never explains a change", about: "IT" }]);
    const text = JSON.stringify(report);
    expect(text).not.toContain("Zed Phone");
    expect(text).not.toContain("Yara Phone");
    expect(text).not.toContain(w.zedId);
  });

  it.each([
    ["no key", {}, 401],
    ["a key of nobody", bearer("x".repeat(32)), 403],
  ])("refuses %s", async (_name, headers, status) => {
    expect((await get("/report", headers)).status).toBe(status);
    expect((await get("/agreements?format=csv", headers)).status).toBe(status);
  });

  it("refuses someone the facilitator removed", async () => {
    await w.must(w.facilitator, { type: "participant.remove", participantId: w.zedId });
    expect((await get("/report", bearer(tokenOf(w.zed)))).status).toBe(403);
  });

  it.each([
    ["pdf", "application/pdf", /^%PDF-/],
    ["csv", "text/csv; charset=utf-8", /^\uFEFF/],
    ["md", "text/markdown; charset=utf-8", /^# Kick-off/],
    ["ics", "text/calendar; charset=utf-8", /^BEGIN:VCALENDAR\r\n/],
  ])("downloads the agreements as %s, named for the workshop", async (format, type, start) => {
    const res = await get(`/agreements?format=${format}`, bearer(tokenOf(w.yara)));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(type);
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename=".*${w.created.code}.*\\.${format}"$`));
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.toString(format === "pdf" ? "latin1" : "utf8")).toMatch(start);
    if (format !== "pdf") expect(body.toString("utf8")).toContain("Answer every sales question about invoices within a day");
  });

  it("answers an unknown format with a clear 400", async () => {
    const res = await get("/agreements?format=docx", bearer(tokenOf(w.zed)));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("format must be one of pdf, csv, md, ics");
  });

  it("writes a download in the language asked for: ?lang=nb gives Norwegian headings in CSV and Markdown", async () => {
    const csv = await (await get("/agreements?format=csv&lang=nb", bearer(tokenOf(w.yara)))).text();
    expect(csv.split("\r\n")[0]).toBe("Type,Hva,Ansvarlig,Ansvarligs team,Makker,Makkers team,Frist,Oppfølgingsdato,Måltall,Utgangspunkt,Mål,Juridisk sjekk/revisjon nødvendig,Merknad juridisk/revisjon,Jeg er med,Status,Målt,Fremdrift,Videreført fra");
    const md = await (await get("/agreements?format=md&lang=nb", bearer(tokenOf(w.yara)))).text();
    expect(md).toContain("## Avtaler");
    expect(md).toContain("- **Ansvarlig:**");
    expect(md).not.toContain("**Owner:**");
  });

  it("takes the browser's Accept-Language when no lang is given, and English when it speaks none of Onside's", async () => {
    const dutch = await (await get("/agreements?format=md", { ...bearer(tokenOf(w.yara)), "accept-language": "fr-FR, nl-BE;q=0.8" })).text();
    expect(dutch).toContain("## Afspraken");
    const english = await (await get("/agreements?format=md", { ...bearer(tokenOf(w.yara)), "accept-language": "fr-FR" })).text();
    expect(english).toContain("## Agreements");
  });

  it("answers a language Onside does not speak with a clear 400", async () => {
    const res = await get("/agreements?format=csv&lang=de", bearer(tokenOf(w.yara)));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("lang must be one of en, nl, nb");
  });

  it("opens read-only through a share link the facilitator makes, and nothing more", async () => {
    expect((await post("/share", tokenOf(w.zed))).status).toBe(403);
    const res = await post("/share", w.created.facilitatorToken);
    expect(res.status).toBe(201);
    const { shareUrl } = (await res.json()) as ShareLink;
    expect(shareUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:9/r/${w.created.code}#share=[A-Za-z0-9_-]{32}$`));
    const share = secretOf(shareUrl);

    const report = (await (await get("/report", bearer(share))).json()) as ReportResponse;
    expect(report.you).toEqual({ role: "share" });
    expect((await get("/agreements?format=ics", bearer(share))).status).toBe(200);
    expect((await get("/export", bearer(share))).status).toBe(403);
    expect((await post(`/agreements/${w.agreementId}/progress`, share, { status: "done", measured: "90%" })).status).toBe(403);
    // The secret is never in any socket payload, not even the facilitator's.
    await w.facilitator.until(() => w.facilitator.transcript().includes("share.added"), "the share event");
    expect(w.facilitator.transcript()).not.toContain(share);
  });

  it("exports the whole workshop to the facilitator only, without anonymous authors", async () => {
    expect((await get("/export")).status).toBe(401);
    expect((await get("/export", bearer(tokenOf(w.zed)))).status).toBe(403);
    const res = await get("/export", bearer(w.created.facilitatorToken));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="onside-${w.created.code}.json"`);
    const file = (await res.json()) as WorkshopExport;
    expect(file).toMatchObject({ format: "onside.workshop", version: 1, workshop: { code: w.created.code, secrets: null } });
    expect(Object.values(file.workshop.beliefs).map((b) => b.authorId)).toEqual([null]);
    expect(Object.keys(file.workshop.agreements)).toHaveLength(2);
  });

  describe("follow-up", () => {
    it("the facilitator updates where an agreement stands after the end; the report shows progress and history", async () => {
      await w.must(w.facilitator, { type: "workshop.end" });
      const res = await post(`/agreements/${w.agreementId}/progress`, w.created.facilitatorToken, { status: "on-track", measured: "65%", note: "New FAQ" });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ agreement: { status: "on-track", measured: "65%", progress: 0.5 } });
      const { report } = (await (await get("/report", bearer(tokenOf(w.yara)))).json()) as ReportResponse;
      expect(report.agreements[0]).toMatchObject({ status: "on-track", history: [{ status: "on-track", measured: "65%", note: "New FAQ" }] });
      // Phones still connected see it live.
      await w.yara.until(() => w.yara.state?.agreements[w.agreementId]?.status === "on-track", "the update on the phone");
    });

    it("an owner's link updates that agreement only", async () => {
      expect((await post(`/agreements/${w.agreementId}/edit-link`, tokenOf(w.zed))).status).toBe(403);
      const res = await post(`/agreements/${w.agreementId}/edit-link`, w.created.facilitatorToken);
      expect(res.status).toBe(201);
      const edit = secretOf(((await res.json()) as EditLink).editUrl);

      const report = (await (await get("/report", bearer(edit))).json()) as ReportResponse;
      expect(report.you).toEqual({ role: "owner", agreementId: w.agreementId });
      expect((await post(`/agreements/${w.agreementId}/progress`, edit, { status: "done", measured: "92%" })).status).toBe(200);
      expect((await post(`/agreements/${w.carryOverId}/progress`, edit, { status: "done", measured: "" })).status).toBe(403);
      expect((await post(`/agreements/${w.agreementId}/progress`, tokenOf(w.zed), { status: "done", measured: "" })).status).toBe(403);
    });

    it("refuses an agreement id no workshop may hold, written in the address, and writes nothing", async () => {
      // The route makes its command from the address, not from a parsed body: the room checks it.
      const room = (await server.onside.rooms.get(w.created.code))!;
      const before = room.state.seq;
      const res = await post("/agreements/constructor/edit-link", w.created.facilitatorToken);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "invalid_input", issues: [{ path: "agreementId" }] } });
      expect(room.state.seq).toBe(before);
      // The workshop carries on.
      expect((await post(`/agreements/${w.agreementId}/edit-link`, w.created.facilitatorToken)).status).toBe(201);
    });

    it("says exactly what is wrong with an update, and changes nothing", async () => {
      const res = await post(`/agreements/${w.agreementId}/progress`, w.created.facilitatorToken, { status: "finished", measured: "x".repeat(81) });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { issues: { path: string; message: string }[] } };
      expect(body.error.issues).toEqual([
        { path: "status", message: "The status must be not started, on track, at risk or done" },
        // The reason and field let the report word it in its reader's language.
        { path: "measured", message: "The measured value must be at most 80 characters", reason: "tooLong", params: { field: "measured", max: 80 } },
      ]);
      expect(w.facilitator.state?.agreements[w.agreementId]?.progress).toEqual([]);
      expect((await post(`/agreements/a999/progress`, w.created.facilitatorToken, { status: "done", measured: "" })).status).toBe(404);
    });
  });

  describe("import", () => {
    const importFile = (body: unknown) =>
      fetch(`${server.url}/api/workshops/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const exported = async () => (await (await get("/export", bearer(w.created.facilitatorToken))).json()) as WorkshopExport;

    it("starts a follow-up workshop with the same teams and the agreements carried over, with where they stand", async () => {
      await w.must(w.facilitator, { type: "workshop.end" });
      await post(`/agreements/${w.agreementId}/progress`, w.created.facilitatorToken, { status: "at-risk", measured: "45%" });
      const res = await importFile(await exported());
      expect(res.status).toBe(201);
      const next = (await res.json()) as CreatedWorkshop;
      expect(next.code).not.toBe(w.created.code);
      expect(next.title).toBe("Follow-up: Kick-off");

      const console2 = await new Peer(server.url, next.code, { role: "facilitator", token: next.facilitatorToken }).connected();
      await console2.until(() => console2.state !== null, "the snapshot");
      const state = console2.state!;
      console2.close();
      expect(state.teams.map((t) => t.name)).toEqual(["Sales", "IT", "Finance"]);
      expect(Object.values(state.agreements).map((a) => [a.phaseId, a.what, a.status, a.measured, a.carriedFrom])).toEqual([
        ["agreements", FIELDS.what, "at-risk", "45%", { code: w.created.code, title: "Kick-off" }],
        ["carry-over", "Replay the mirror with the night shift", "not-started", "", { code: w.created.code, title: "Kick-off" }],
      ]);
    });

    it.each<[string, (file: WorkshopExport) => unknown, RegExp]>([
      ["a file that is not an export", () => ({ hello: "world" }), /not an Onside export/],
      ["an export of another version", (f) => ({ ...f, version: 2 }), /version/],
      ["an agreement whose buddy is in the owner's team", (f) => withAgreement(f, { buddyTeamId: "t3" }), /buddy must come from another team/],
      ["an agreement naming a team that is not there", (f) => withAgreement(f, { ownerTeamId: "t9" }), /team \(t9\) that is not in the export/],
    ])("refuses %s with a clear message", async (_name, change, message) => {
      const res = await importFile(change(await exported()));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    });

    function withAgreement(file: WorkshopExport, patch: object): WorkshopExport {
      const [first, ...rest] = Object.values(file.workshop.agreements);
      const agreements = Object.fromEntries([{ ...first!, ...patch }, ...rest].map((a) => [a.id, a]));
      return { ...file, workshop: { ...file.workshop, agreements } };
    }

    it("refuses a body over the limit with 413", async () => {
      const res = await importFile({ format: "onside.workshop", padding: "x".repeat(3 * 1024 * 1024) });
      expect(res.status).toBe(413);
    });
  });
});
