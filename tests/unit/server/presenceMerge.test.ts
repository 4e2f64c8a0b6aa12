import { describe, expect, it } from "vitest";
import { merge } from "@/server/realtime/presenceAnnouncer";

describe("who is online across servers", () => {
  it("adds up consoles and screens, and counts a person with phones on two servers once", () => {
    const merged = merge([
      { online: ["p1", "p2"], facilitators: 1, screens: 0 },
      { online: ["p2", "p3"], facilitators: 0, screens: 2 },
      { online: [], facilitators: 1, screens: 0 },
    ]);
    expect([...merged.online].sort()).toEqual(["p1", "p2", "p3"]);
    expect(merged).toMatchObject({ facilitators: 2, screens: 2 });
  });

  it("is nobody when no server has anyone", () => {
    expect(merge([])).toEqual({ online: [], facilitators: 0, screens: 0 });
  });
});
