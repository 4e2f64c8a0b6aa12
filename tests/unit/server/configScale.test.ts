import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "@/server/config";

describe("settings for several servers", () => {
  it("runs on SQLite alone when neither DATABASE_URL nor REDIS_URL is set", () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.REDIS_PREFIX).toBe("onside");
  });

  it("takes a PostgreSQL URL, with Redis or without", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://onside:secret@db:5432/onside" }).DATABASE_URL).toBe("postgres://onside:secret@db:5432/onside");
    expect(loadConfig({ DATABASE_URL: "postgresql://db/onside", REDIS_URL: "rediss://cache:6380", REDIS_PREFIX: "onside-eu" })).toMatchObject({
      REDIS_URL: "rediss://cache:6380",
      REDIS_PREFIX: "onside-eu",
    });
  });

  it("refuses REDIS_URL without DATABASE_URL: servers sharing sockets must share their workshops", () => {
    expect(() => loadConfig({ REDIS_URL: "redis://cache:6379" })).toThrow(/REDIS_URL: needs DATABASE_URL/);
  });

  it.each([
    [{ DATABASE_URL: "mysql://root:hunter2@db/onside" }, /DATABASE_URL: must be a PostgreSQL URL/],
    [{ DATABASE_URL: "postgres://db", REDIS_URL: "cache:6379" }, /REDIS_URL: must be a Redis URL/],
    [{ REDIS_PREFIX: "has spaces" }, /REDIS_PREFIX/],
  ])("refuses %j with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("never repeats a database or Redis URL in its message: they may hold passwords", () => {
    const attempt = () => loadConfig({ DATABASE_URL: "mysql://root:hunter2@db/onside", REDIS_URL: "cache://:hunter3@x" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      expect((err as Error).message).not.toMatch(/hunter/);
    }
  });
});
