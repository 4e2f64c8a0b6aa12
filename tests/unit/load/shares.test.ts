import { describe, expect, it } from "vitest";
import { dealPhones } from "@/tests/load/shares";

const workshops = Array.from({ length: 100 }, (_, w) => ({ code: `W${w}`, token: "", teamIds: ["red", "blue"] }));

describe("the bench's phones dealt out to its load generators", () => {
  it("gives each generator its tenth of long-polling phones, however many generators there are", () => {
    for (const generators of [1, 2, 3, 4]) {
      const shares = dealPhones(workshops, 30, generators);
      for (const share of shares) {
        const polling = share.filter((p) => p.transport === "polling").length;
        // Every tenth phone of its own: within one of a tenth of its share.
        expect(Math.abs(polling - share.length / 10), `${generators} generators`).toBeLessThanOrEqual(1);
      }
    }
  });

  it("deals every phone of every workshop once, spread over the generators", () => {
    const shares = dealPhones(workshops, 30, 2);
    expect(shares.map((s) => s.length)).toEqual([1500, 1500]);
    const seen = new Set(shares.flat().map((p) => `${p.code}/${p.local}`));
    expect(seen.size).toBe(3000);
    // A workshop's phones are in both generators, so a card's fan-out crosses processes.
    for (const share of shares) expect(share.filter((p) => p.code === "W0").length).toBe(15);
    expect(shares.flat().find((p) => p.code === "W3" && p.local === 1)?.teamId).toBe("blue");
  });
});
