import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server";

describe("the HTTP API", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.dispose());

  const post = (body: string, type = "application/json") =>
    fetch(`${server.url}/api/workshops`, { method: "POST", headers: { "content-type": type }, body });

  it("creates a workshop: 201 with the code, the facilitator token and the links", async () => {
    const res = await post(JSON.stringify({ title: "Kick-off", teams: ["Sales", "IT"] }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(body.facilitatorToken.length).toBeGreaterThanOrEqual(32);
    expect(body.facilitatorUrl).toBe(`http://127.0.0.1:9/f/${body.code}#key=${body.facilitatorToken}`);
    expect(body.joinUrl).toBe(`http://127.0.0.1:9/w/${body.code}`);
    expect(body.screenUrl).toBe(`http://127.0.0.1:9/s/${body.code}`);
  });

  it("shows public information for a code, in any case, and never a secret", async () => {
    const created = await (await post(JSON.stringify({ title: "Q3 review", teams: ["Sales", "Finance", "IT"] }))).json();
    const res = await fetch(`${server.url}/api/workshops/${created.code.toLowerCase()}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      code: created.code,
      title: "Q3 review",
      teams: [
        { id: "t1", name: "Sales" },
        { id: "t2", name: "Finance" },
        { id: "t3", name: "IT" },
      ],
      phase: { id: "lobby", kind: "lobby", title: "Welcome" },
      joinUrl: `http://127.0.0.1:9/w/${created.code}`,
      language: "en",
    });
    expect(text).not.toContain(created.facilitatorToken);
    expect(text).not.toMatch(/hash/i);
  });

  it.each(["ZZZZZZ", "not-a-code", "%00", "%E0%A4%A"])("answers 404 with a message for the unknown code %j", async (code) => {
    const res = await fetch(`${server.url}/api/workshops/${code}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });

  it.each([
    ["not JSON", "{title:", 400],
    ["no teams", JSON.stringify({ title: "x" }), 400],
    ["one team", JSON.stringify({ title: "x", teams: ["Sales"] }), 400],
    ["an empty title", JSON.stringify({ title: "  ", teams: ["Sales", "IT"] }), 400],
    ["an array", "[]", 400],
    ["a huge body", JSON.stringify({ title: "x".repeat(20_000), teams: ["a", "b"] }), 413],
  ])("refuses %s with a clear error, never a 500", async (_what, body, status) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.error.message.length).toBeGreaterThan(3);
  });

  it("names the field that is wrong", async () => {
    const res = await post(JSON.stringify({ title: "x", teams: ["Sales", "sales"] }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain("team names must differ");
  });

  it("refuses a body that is not JSON by its type", async () => {
    expect((await post("title=x", "application/x-www-form-urlencoded")).status).toBe(415);
  });

  it("reports health, and 404/405 for what does not exist", async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, store: "sqlite" });
    expect((await fetch(`${server.url}/api/nothing`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/workshops`)).status).toBe(405);
  });
});
