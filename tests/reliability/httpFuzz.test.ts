import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "@/lib/domain";
import { IMPORT_LIMIT_BYTES, type CreatedWorkshop } from "@/lib/protocol";
import { SqliteStore } from "@/server/store/sqliteStore";
import { PROTOTYPE_KEYS, plausibleCommand, socketPayload, validAgreementFields } from "../helpers/arbitraries";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";

/** What a refusal may be: never a 500 (nor any 5xx) for something the client sent. */
const CLIENT_ERRORS = [400, 401, 403, 404, 405, 409, 413, 415, 429];

/**
 * Malformed, oversized and mistyped bodies to every POST endpoint, with every kind of key (none,
 * a wrong one, the facilitator's, an owner's link, a participant's) and paths naming workshops and
 * agreements that exist, do not exist, or are `__proto__`. Each answer is a success or a 4xx
 * with a JSON error that says what is wrong; the server logs no failure of its own.
 */
describe("bad HTTP bodies to every POST endpoint", () => {
  let server: TestServer;
  let created: CreatedWorkshop;
  let store: SqliteStore;
  let agreementId = "";
  let ownerToken = "";
  let participantToken = "";
  const logged: unknown[] = [];
  const peers: Peer[] = [];

  beforeAll(async () => {
    // No rate limits here: every request must reach the parsers, not the limiter.
    server = await startServer(undefined, {
      store: (dir) => (store = SqliteStore.open(dir)),
      log: (err) => logged.push(err),
      limits: { createsPerMinute: 0, codeMissesPerMinute: 0 },
    });
    created = await createWorkshop(server.url);
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const phone = Peer.participant(server.url, created.code);
    peers.push(facilitator, phone);
    await phone.connected();
    await phone.join("Ann", "t1");
    participantToken = (phone.credentials as { token: string }).token;
    expect((await facilitator.send({ type: "phase.goto", phaseId: "agreements" })).ok).toBe(true);
    const made = await facilitator.send({ type: "agreement.create", phaseId: "agreements", fromCardId: null, fields: validAgreementFields() });
    agreementId = made.ok ? made.data.id! : "";
    const link = await fetch(`${server.url}/api/workshops/${created.code}/agreements/${agreementId}/edit-link`, {
      method: "POST",
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    });
    expect(link.status).toBe(201);
    ownerToken = new URL(((await link.json()) as { editUrl: string }).editUrl).hash.replace("#edit=", "");
  });
  afterAll(async () => {
    for (const p of peers) p.close();
    await server.dispose();
  });

  const code = () => fc.constantFrom(created.code, created.code.toLowerCase(), "ZZZZZZ", "%E0%A4%A", "..", ...PROTOTYPE_KEYS);
  const agreement = () => fc.constantFrom(agreementId, "a999", "x".repeat(64), "%00", "..", ...PROTOTYPE_KEYS);
  const path = () =>
    fc.oneof(
      fc.constant("/api/workshops"),
      fc.constant("/api/workshops/import"),
      code().map((c) => `/api/workshops/${c}/share`),
      code().map((c) => `/api/workshops/${c}/cofacilitators`),
      fc.tuple(code(), agreement()).map(([c, a]) => `/api/workshops/${c}/agreements/${a}/progress`),
      fc.tuple(code(), agreement()).map(([c, a]) => `/api/workshops/${c}/agreements/${a}/edit-link`),
    );
  const authorization = () =>
    fc.constantFrom<string | undefined>(
      undefined,
      `Bearer ${created.facilitatorToken}`,
      `Bearer ${created.facilitatorToken}`,
      `Bearer ${ownerToken}`,
      `Bearer ${participantToken}`,
      "Bearer not-a-key-of-this-workshop",
      `Basic ${Buffer.from("a:b").toString("base64")}`,
      `Bearer ${"x".repeat(300)}`,
      "Bearer",
    );
  const contentType = fc.constantFrom<string | undefined>("application/json", "application/json", "application/json; charset=utf-8", "text/plain", "multipart/form-data; boundary=x", undefined);
  const body = fc.oneof(
    socketPayload.map((v) => JSON.stringify(v) ?? "null"),
    plausibleCommand.map((v) => JSON.stringify(v)),
    fc.record({ status: fc.constantFrom("done", "on-track", "nope", 3), measured: fc.oneof(fc.string(), fc.integer()), note: fc.oneof(fc.string(), fc.constant("n".repeat(400))) }).map((v) => JSON.stringify(v)),
    fc.record({ title: fc.oneof(fc.string(), fc.constant("t".repeat(200))), teams: fc.array(fc.oneof(fc.string(), fc.constant("__proto__")), { maxLength: 14 }) }).map((v) => JSON.stringify(v)),
    fc.record({ format: fc.constantFrom("onside.workshop", "other"), version: fc.constantFrom(1, 2, "1"), workshop: fc.jsonValue({ maxDepth: 3 }) }).map((v) => JSON.stringify(v)),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
    fc.constantFrom("", "{", "[1,2", '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', "null", "\u0000"),
  );

  it("are answered with a 2xx or a 4xx that says what is wrong, never a 500", async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(path(), authorization(), contentType, body, async (url, auth, type, text) => {
        const headers: Record<string, string> = {};
        if (auth !== undefined) headers.authorization = auth;
        if (type !== undefined) headers["content-type"] = type;
        const res = await fetch(`${server.url}${url}`, { method: "POST", headers, body: text });
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        const answer = await res.text();
        expect(res.status, `${url} ${auth ?? "(no key)"} ${type ?? "(no type)"} ${text.slice(0, 120)} → ${answer.slice(0, 200)}`).toSatisfy((s: number) => s < 300 || CLIENT_ERRORS.includes(s));
        expect(res.headers.get("content-type")).toMatch(/^application\/json/);
        if (res.status >= 400) expect(JSON.parse(answer)).toMatchObject({ error: { code: expect.any(String), message: expect.stringMatching(/\w/) } });
      }),
      { numRuns: 300, endOnFailure: true },
    );
    // The requests reached past the gate: refusals of every kind, and some successes.
    expect([...seen.keys()].filter((s) => s >= 400).length).toBeGreaterThanOrEqual(4);
    expect(logged).toEqual([]);
    // Whatever the requests did, the workshop's log still reads back to what the server holds.
    expect(fold(await store.load(created.code))).toEqual((await server.onside.rooms.get(created.code))!.state);
  });

  it("an agreement named like a member of every object is not found, and leaves the log readable", async () => {
    const before = (await server.onside.rooms.get(created.code))!.state.seq;
    for (const id of PROTOTYPE_KEYS) {
      for (const endpoint of ["progress", "edit-link"]) {
        const res = await fetch(`${server.url}/api/workshops/${created.code}/agreements/${id}/${endpoint}`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${created.facilitatorToken}` },
          body: JSON.stringify({ status: "done", measured: "90%", note: "" }),
        });
        expect(res.status, `${endpoint} of agreement ${id}`).toSatisfy((s: number) => [400, 404].includes(s));
      }
    }
    const room = (await server.onside.rooms.get(created.code))!;
    expect(room.state.seq).toBe(before);
    expect(fold(await store.load(created.code))).toEqual(room.state);
    expect(logged).toEqual([]);
  });

  it("oversized bodies get 413 before they are read whole, on every endpoint", async () => {
    const endpoints: [string, number][] = [
      ["/api/workshops", 16 * 1024],
      ["/api/workshops/import", IMPORT_LIMIT_BYTES],
      [`/api/workshops/${created.code}/agreements/${agreementId}/progress`, 4 * 1024],
    ];
    for (const [url, limit] of endpoints) {
      const res = await fetch(`${server.url}${url}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${created.facilitatorToken}` },
        body: JSON.stringify({ title: "x".repeat(limit + 10) }),
      });
      expect(res.status, url).toBe(413);
      expect(await res.json()).toMatchObject({ error: { code: "invalid_input", message: expect.stringMatching(/at most/) } });
    }
    expect(logged).toEqual([]);
  });
});
