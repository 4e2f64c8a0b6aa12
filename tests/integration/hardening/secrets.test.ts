import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import Database from "better-sqlite3";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CommandInput } from "@/lib/domain";
import type { CreatedWorkshop } from "@/lib/protocol";
import { hashToken } from "@/server/secrets";
import { Peer } from "../../helpers/peer";
import { startHardened, type HardenedServer } from "./server";
import { AGREEMENT_FIELDS } from "../../helpers/agreement";

const CREATE_SECRET = "the-servers-creation-key-7f3a";
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const tokenOf = (peer: Peer) => (peer.credentials as { token: string }).token;
const secretOf = (url: string) => new URL(url).hash.replace(/^#(key|share|edit)=/, "");

const AGREEMENT = { ...AGREEMENT_FIELDS, ownerTeamId: "t2" };

async function create(url: string, title: string): Promise<CreatedWorkshop> {
  const res = await fetch(`${url}/api/workshops`, {
    method: "POST",
    headers: { "content-type": "application/json", ...bearer(CREATE_SECRET) },
    body: JSON.stringify({ title, teams: ["Sales", "IT"] }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreatedWorkshop;
}

describe("secrets are never logged and never public", () => {
  const servers: HardenedServer[] = [];
  const peers: Peer[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const p of peers.splice(0)) p.close();
    for (const s of servers.splice(0)) await s.dispose();
  });

  it("runs a whole workshop, failures included, with a log that records everything and holds no token", async () => {
    // A workshop whose log will not read: every request on it fails and is logged, with its token in hand.
    const first = await startHardened({ createSecret: CREATE_SECRET });
    const broken = await create(first.url, "Broken");
    await first.onside.close();
    const db = new Database(path.join(first.dataDir, "onside.sqlite"));
    db.prepare("INSERT INTO events (workshop, seq, at, actor, command_id, result_id, type, data) VALUES (?, 2, 0, 'x', NULL, NULL, 'x', '{not json')").run(broken.code);
    db.close();

    // Everything the server says, through its logger or straight to the console.
    const logged: string[] = [];
    const record = (...args: unknown[]) => void logged.push(args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 10 }))).join(" "));
    for (const method of ["log", "error", "warn", "info", "debug", "trace"] as const) vi.spyOn(console, method).mockImplementation(record);
    const server = await startHardened({ createSecret: CREATE_SECRET, log: record }, first.dataDir);
    servers.push(server);
    const url = server.url;

    const created = await create(url, "Kick-off");
    const facilitator = await new Peer(url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const screen = await new Peer(url, created.code, { role: "screen" }).connected();
    const ann = await Peer.participant(url, created.code).connected();
    const bo = await Peer.participant(url, created.code).connected();
    peers.push(facilitator, screen, ann, bo);
    await ann.join("Ann", "t1");
    await bo.join("Bo", "t2");
    const must = async (peer: Peer, command: CommandInput) => {
      const res = await peer.send(command);
      if (!res.ok) throw new Error(`${command.type}: ${res.error.message}`);
      return res.data.id ?? "";
    };
    await must(facilitator, { type: "phase.goto", phaseId: "agreements" });
    const agreementId = await must(facilitator, { type: "agreement.create", phaseId: "agreements", fields: AGREEMENT });

    const post = (p: string, token: string, body?: unknown) =>
      fetch(`${url}/api/workshops/${created.code}${p}`, {
        method: "POST",
        headers: { ...bearer(token), ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const coToken = secretOf((await (await post("/cofacilitators", created.facilitatorToken)).json()).facilitatorUrl);
    const shareToken = secretOf((await (await post("/share", created.facilitatorToken)).json()).shareUrl);
    const editToken = secretOf((await (await post(`/agreements/${agreementId}/edit-link`, created.facilitatorToken)).json()).editUrl);
    expect((await post(`/agreements/${agreementId}/progress`, editToken, { status: "on-track", measured: "55%", note: "" })).status).toBe(200);
    for (const token of [created.facilitatorToken, coToken, shareToken, editToken, tokenOf(ann)]) {
      expect((await fetch(`${url}/api/workshops/${created.code}/report`, { headers: bearer(token) })).status).toBe(200);
    }
    expect((await fetch(`${url}/api/workshops/${created.code}/export`, { headers: bearer(coToken) })).status).toBe(200);

    // Wrong keys, over HTTP and at the handshake.
    const wrongKey = randomBytes(24).toString("base64url");
    expect((await fetch(`${url}/api/workshops/${created.code}/report`, { headers: bearer(wrongKey) })).status).toBe(403);
    const intruder = new Peer(url, created.code, { role: "facilitator", token: wrongKey });
    await expect(intruder.connected()).rejects.toMatchObject({ data: { code: "unauthorized" } });
    intruder.close();

    // The broken workshop: its failures are logged (so the log is really recording), tokens in hand.
    expect((await fetch(`${url}/api/workshops/${broken.code}/report`, { headers: bearer(broken.facilitatorToken) })).status).toBe(500);
    const brokenConsole = new Peer(url, broken.code, { role: "facilitator", token: broken.facilitatorToken });
    await expect(brokenConsole.connected()).rejects.toMatchObject({ data: { code: "internal" } });
    brokenConsole.close();
    expect(logged.join("\n")).toContain("cannot be read");

    expect((await fetch(`${url}/api/workshops/${created.code}`, { method: "DELETE", headers: bearer(created.facilitatorToken) })).status).toBe(204);

    const secrets = [created.facilitatorToken, coToken, shareToken, editToken, tokenOf(ann), tokenOf(bo), wrongKey, broken.facilitatorToken, CREATE_SECRET];
    const everything = logged.join("\n");
    for (const secret of secrets) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(hashToken(secret));
    }
  });

  it("sends no token and no token's hash to phones, the screen or the public", async () => {
    const server = await startHardened({ createSecret: CREATE_SECRET });
    servers.push(server);
    const created = await create(server.url, "Kick-off");
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const screen = await new Peer(server.url, created.code, { role: "screen" }).connected();
    const ann = await Peer.participant(server.url, created.code).connected();
    const bo = await Peer.participant(server.url, created.code).connected();
    peers.push(facilitator, screen, ann, bo);
    await ann.join("Ann", "t1");
    await bo.join("Bo", "t2");
    const link = await fetch(`${server.url}/api/workshops/${created.code}/cofacilitators`, { method: "POST", headers: bearer(created.facilitatorToken) });
    const coToken = secretOf((await link.json()).facilitatorUrl);
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });
    await screen.until(() => screen.state?.currentPhaseId === "changes", "the screen to follow");

    const publicInfo = await (await fetch(`${server.url}/api/workshops/${created.code}`)).text();
    const config = await (await fetch(`${server.url}/api/config`)).text();
    const secrets = [created.facilitatorToken, coToken, tokenOf(ann), tokenOf(bo), CREATE_SECRET];
    for (const text of [publicInfo, config, screen.transcript(), ann.transcript(), bo.transcript(), facilitator.transcript()]) {
      for (const secret of secrets) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(hashToken(secret));
      }
    }
  });
});
