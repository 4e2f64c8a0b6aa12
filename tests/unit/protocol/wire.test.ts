import { describe, expect, it } from "vitest";
import type { SeqEvent } from "@/lib/domain";
import { pack, unpack } from "@/lib/protocol";

const card = (seq: number, over: Partial<Extract<SeqEvent["event"], { type: "card.added" }>> = {}): SeqEvent => ({
  seq,
  at: 1_763_900_000_000 + seq,
  event: { type: "card.added", cardId: `c${seq}`, phaseId: "changes", authorId: "p1", teamId: "t1", text: "One contact person per customer", column: null, aboutTeamId: null, anonymous: false, ...over },
});

describe("events as they travel", () => {
  it("gives back every card as it was: anonymous, in a column, about a team", () => {
    const events = [
      card(5),
      card(6, { authorId: null, anonymous: true }),
      card(7, { column: "strengths", aboutTeamId: "t2", text: "Zij kennen elke klant bij naam — écht" }),
    ];
    expect(unpack(pack(events))).toEqual(events);
  });

  it("leaves every other event as it is, between the cards and in order", () => {
    const moved: SeqEvent = { seq: 6, at: 6, event: { type: "phase.changed", phaseId: "brainstorm" } };
    const deleted: SeqEvent = { seq: 8, at: 8, event: { type: "card.deleted", cardId: "c5" } };
    const events = [card(5), moved, card(7), deleted];
    const wire = pack(events);
    expect(wire[1]).toBe(moved);
    expect(wire[3]).toBe(deleted);
    expect(unpack(wire).map((e) => e.seq)).toEqual([5, 6, 7, 8]);
    expect(unpack(wire)).toEqual(events);
  });

  it("sends a card in less than half the bytes of the object", () => {
    const events = Array.from({ length: 100 }, (_, i) => card(i + 1, { cardId: `c${i + 1}`, text: `bench ${i} 0 1763900000123` }));
    expect(JSON.stringify(pack(events)).length).toBeLessThan(JSON.stringify(events).length / 2);
  });
});
