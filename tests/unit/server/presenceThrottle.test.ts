import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { atMostEvery } from "@/server/realtime/presenceAnnouncer";

describe("who is online, told at most once a second per workshop", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("tells the first arrival in a quiet workshop at once, and a crowd arriving after it once more at the end of the second", () => {
    const told: string[] = [];
    const announce = atMostEvery(1000, (code) => told.push(code));
    announce("ROOM1");
    expect(told).toEqual(["ROOM1"]);
    for (let i = 0; i < 100; i++) announce("ROOM1");
    expect(told).toEqual(["ROOM1"]);
    vi.advanceTimersByTime(1000);
    expect(told).toEqual(["ROOM1", "ROOM1"]);
    // Nothing changed in the next second: nothing more is said, and the next arrival is told at once.
    vi.advanceTimersByTime(1000);
    expect(told).toHaveLength(2);
    announce("ROOM1");
    expect(told).toHaveLength(3);
  });

  it("keeps workshops apart: a crowd in one does not hold back the news of another", () => {
    const told: string[] = [];
    const announce = atMostEvery(1000, (code) => told.push(code));
    announce("ROOM1");
    announce("ROOM1");
    announce("ROOM2");
    expect(told).toEqual(["ROOM1", "ROOM2"]);
  });
});
