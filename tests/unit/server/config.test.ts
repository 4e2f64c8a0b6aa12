import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "@/server/config";

describe("configuration from the environment", () => {
  it("has defaults for an embedded start", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: "0.0.0.0", DATA_DIR: "./data" });
    expect(config.PUBLIC_URL).toBeUndefined();
  });

  it("treats an empty variable as unset and trims a trailing slash from PUBLIC_URL", () => {
    expect(loadConfig({ PORT: "", PUBLIC_URL: "http://192.168.1.20:3000/" })).toMatchObject({
      PORT: 3000,
      PUBLIC_URL: "http://192.168.1.20:3000",
    });
  });

  it.each([
    [{ PORT: "eighty" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ PUBLIC_URL: "192.168.1.20" }, /PUBLIC_URL: must be a full URL/],
  ])("refuses %j with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
