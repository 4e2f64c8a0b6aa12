import { afterEach, describe, expect, it } from "vitest";
import type { ServerConfig } from "@/lib/protocol";
import { startHardened, type HardenedServer } from "./server";

const SECRET = "a-long-creation-key-42";
const WORKSHOP = { title: "Kick-off", teams: ["Sales", "IT"] };

describe("a server that asks for a creation key", () => {
  let server: HardenedServer;
  afterEach(() => server.dispose());

  const create = (path: string, headers: Record<string, string>, body: unknown = WORKSHOP) =>
    fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

  it("says so to the pages, and says nothing of the key", async () => {
    server = await startHardened({ createSecret: SECRET });
    const res = await fetch(`${server.url}/api/config`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ createSecretRequired: true, maxParticipants: 500 } satisfies ServerConfig);
    expect(text).not.toContain(SECRET);
  });

  it.each(["/api/workshops", "/api/workshops/import"])("answers %s without the key with 401, a wrong one with 403, and takes the right one", async (path) => {
    server = await startHardened({ createSecret: SECRET });
    const none = await create(path, {});
    expect(none.status).toBe(401);
    expect((await none.json()).error).toEqual({ code: "unauthorized", message: expect.stringMatching(/creation key as Authorization: Bearer/) });

    const wrong = await create(path, { authorization: "Bearer not-the-creation-key" });
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error).toEqual({ code: "forbidden", reason: "creationKeyWrong", message: expect.stringMatching(/not this server's creation key/) });

    // The right key gets as far as the body: a workshop, or (for an empty import) the file's problem.
    const right = await create(path, { authorization: `Bearer ${SECRET}` });
    expect(right.status).toBe(path === "/api/workshops" ? 201 : 400);
  });

  it("asks nothing where no key is set", async () => {
    server = await startHardened();
    expect(await (await fetch(`${server.url}/api/config`)).json()).toEqual({ createSecretRequired: false, maxParticipants: 500 });
    expect((await create("/api/workshops", {})).status).toBe(201);
  });
});
