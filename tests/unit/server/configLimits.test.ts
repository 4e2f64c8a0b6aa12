import { describe, expect, it } from "vitest";
import { ConfigError, limitsFrom, loadConfig } from "@/server/config";
import { DEFAULT_LIMITS } from "@/server/limits";

describe("the hardening settings", () => {
  it("default to the limits the server uses when nothing is set", () => {
    const config = loadConfig({});
    expect(limitsFrom(config)).toEqual(DEFAULT_LIMITS);
    expect(config).toMatchObject({ RETENTION_DAYS: 90, TRUST_PROXY: 0 });
    expect(config.CREATE_SECRET).toBeUndefined();
  });

  it("reads every limit from the environment", () => {
    const config = loadConfig({
      RATE_COMMANDS_BURST: "20",
      RATE_COMMANDS_PER_SECOND: "5",
      RATE_CONNECTIONS_PER_MINUTE: "100",
      RATE_CREATES_PER_MINUTE: "0",
      RATE_CODE_MISSES_PER_MINUTE: "10",
      MAX_PARTICIPANTS: "80",
      TRUST_PROXY: "2",
      RETENTION_DAYS: "0",
    });
    expect(limitsFrom(config)).toEqual({
      commands: { burst: 20, perSecond: 5 },
      connectionsPerMinute: 100,
      createsPerMinute: 0,
      codeMissesPerMinute: 10,
      maxParticipants: 80,
      trustProxy: 2,
    });
    expect(config.RETENTION_DAYS).toBe(0);
  });

  it.each([
    ["true", 1],
    ["false", 0],
  ])("reads TRUST_PROXY=%s as %d proxies", (value, hops) => {
    expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toBe(hops);
  });

  it.each([
    [{ RATE_CREATES_PER_MINUTE: "lots" }, /RATE_CREATES_PER_MINUTE: must be a whole number \(workshops created per address and minute/],
    [{ MAX_PARTICIPANTS: "-1" }, /MAX_PARTICIPANTS: must be 0 or more/],
    [{ RETENTION_DAYS: "1.5" }, /RETENTION_DAYS: must be a whole number/],
    [{ TRUST_PROXY: "yes" }, /TRUST_PROXY: must be a whole number/],
    [{ CREATE_SECRET: "short" }, /CREATE_SECRET: must be at least 12 characters/],
    [{ CREATE_SECRET: "has a space in it" }, /CREATE_SECRET: must not contain spaces/],
  ])("refuses %j with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("never repeats the creation key in its message", () => {
    expect(() => loadConfig({ CREATE_SECRET: "hunter2" })).toThrow(/got a value of 7 characters/);
    try {
      loadConfig({ CREATE_SECRET: "hunter2" });
    } catch (err) {
      expect(String(err)).not.toContain("hunter2");
    }
  });

  it("takes a creation key that is long enough", () => {
    expect(loadConfig({ CREATE_SECRET: "correct-horse-battery" }).CREATE_SECRET).toBe("correct-horse-battery");
  });
});
