import { describe, expect, it } from "vitest";
import { API_POLICY, pagePolicy } from "@/server/securityHeaders";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the Content-Security-Policy", () => {
  it("lets pages run only their own scripts, connect only to their own host, and be framed by nobody", () => {
    const policy = directives(pagePolicy("192.168.1.20:3000", false));
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("connect-src")).toEqual(["'self'", "ws://192.168.1.20:3000", "wss://192.168.1.20:3000"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("allows eval only in development, where Next needs it", () => {
    expect(pagePolicy("localhost:3000", false)).not.toContain("unsafe-eval");
    expect(directives(pagePolicy("localhost:3000", true)).get("script-src")).toContain("'unsafe-eval'");
  });

  it.each([undefined, "evil.example; script-src *", "a b"])("never echoes a Host header that is not a plain host (%j)", (host) => {
    const policy = directives(pagePolicy(host, false));
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("lets API answers load nothing at all", () => {
    expect(directives(API_POLICY).get("default-src")).toEqual(["'none'"]);
    expect(directives(API_POLICY).get("frame-ancestors")).toEqual(["'none'"]);
  });
});
