import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { startHardened, type HardenedServer } from "./server";

/** A stand-in for Next: a page, as the custom server hands it on. */
const pages = {
  handle: (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><title>Onside</title>");
  },
};

const COMMON = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

const directives = (res: Response) =>
  new Map((res.headers.get("content-security-policy") ?? "").split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("security headers on every answer", () => {
  let server: HardenedServer;
  afterEach(() => server.dispose());

  it.each(["/", "/w/ABCDEF", "/f/ABCDEF", "/r/ABCDEF"])("sends a strict policy with the page %s", async (path) => {
    server = await startHardened({ pages });
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    for (const [name, value] of Object.entries(COMMON)) expect(res.headers.get(name)).toBe(value);
    const csp = directives(res);
    const host = new URL(server.url).host;
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("script-src")).toBe("'self' 'unsafe-inline'");
    expect(csp.get("connect-src")).toBe(`'self' ws://${host} wss://${host}`);
    expect(csp.get("img-src")).toBe("'self' data: blob:");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
  });

  it("lets Next's development mode evaluate scripts, and only it", async () => {
    server = await startHardened({ pages, dev: true });
    expect(directives(await fetch(`${server.url}/`)).get("script-src")).toBe("'self' 'unsafe-inline' 'unsafe-eval'");
  });

  it.each([
    ["an answer", "/api/health", 200],
    ["a refusal", "/api/workshops/ZZZZZZ", 404],
    ["an unknown endpoint", "/api/nothing", 404],
  ])("sends them with %s of the API", async (_what, path, status) => {
    server = await startHardened();
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(status);
    for (const [name, value] of Object.entries(COMMON)) expect(res.headers.get(name)).toBe(value);
    expect(directives(res).get("default-src")).toBe("'none'");
    expect(directives(res).get("frame-ancestors")).toBe("'none'");
  });

  it("sends them with a page that is not there", async () => {
    server = await startHardened();
    const res = await fetch(`${server.url}/nowhere`);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("sends the common ones with Socket.IO's own HTTP answers", async () => {
    server = await startHardened();
    const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
});
