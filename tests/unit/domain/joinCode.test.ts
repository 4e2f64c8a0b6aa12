import { describe, expect, it } from "vitest";
import { isJoinCode, joinCodeFromBytes, normalizeJoinCode } from "@/lib/domain";

describe("join codes", () => {
  it.each([
    ["abc-def", "ABCDEF"],
    [" xy3 4zq ", "XY34ZQ"],
  ])("normalizes %j to %j", (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });

  it("never uses look-alike characters", () => {
    const code = joinCodeFromBytes(new Uint8Array(64).map((_, i) => i * 4));
    expect(code).toMatch(/^[^01OIL]{6}$/);
    expect(isJoinCode(code!)).toBe(true);
  });
});
