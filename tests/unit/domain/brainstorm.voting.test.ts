import { describe, expect, it } from "vitest";
import { viewFor, type WorkshopState } from "@/lib/domain";
import { dotsOf, tallyOf, votesLeft } from "@/lib/domain/features/brainstorm/dots";
import { rankingOf } from "@/lib/domain/features/brainstorm/ranking";
import { facilitator, must, run } from "../../helpers/domain";
import { add, alice, aliceOnC8, aliceSpent, bob, c8MergedIntoC7, cleo, close, create, dot, grouped, move, remove, undot } from "./brainstorm.fixtures";

describe("the vote budget", () => {
  it.each<[string, () => WorkshopState, number]>([
    ["nobody voted", grouped, 3],
    ["two votes on one idea", () => dot("c7", alice, dot("c7", alice, grouped())), 1],
    ["all used", aliceSpent, 0],
    ["one taken back", () => undot("c7", alice, aliceSpent()), 1],
    ["an idea with a vote was hidden", () => must(aliceSpent(), { type: "card.setHidden", cardId: "c8", hidden: true }, facilitator).state, 1],
  ])("votes left when %s", (_name, state, left) => {
    expect(votesLeft(state(), "brainstorm", "p2")).toBe(left);
    // A phone counts the same from its own copy.
    expect(votesLeft(viewFor(state(), { role: "participant", participantId: "p2" }), "brainstorm", "p2")).toBe(left);
  });

  it("a vote for a duplicate that was merged counts for the idea it went into", () => {
    const s = must(aliceOnC8(), { type: "card.merge", cardId: "c8", intoCardId: "c7" }, facilitator).state;
    expect(dotsOf(s, "brainstorm", "p2")).toEqual({ c7: 1 });
    expect(votesLeft(s, "brainstorm", "p2")).toBe(2);
    // Taking it back from the idea takes it off the duplicate it sits on.
    expect(run(s, remove("c7"), alice).decision).toMatchObject({ ok: true, events: [{ type: "dot.removed", cardId: "c8" }] });
  });

  it("a stale phone voting for a merged duplicate votes for the idea it went into", () => {
    expect(run(c8MergedIntoC7(), add("c8"), alice).decision).toMatchObject({ ok: true, events: [{ type: "dot.added", cardId: "c7" }] });
  });
});

describe("closing the vote", () => {
  /** Alice: c7 ×2, c8. Bob: c6, c7. Cleo: c8 ×3 — then Cleo is removed. */
  function voted(): WorkshopState {
    let s = aliceSpent();
    s = dot("c7", bob, dot("c6", bob, s));
    s = dot("c8", cleo, dot("c8", cleo, dot("c8", cleo, s)));
    return s;
  }

  it("publishes the sum of everyone's dots per idea, every idea listed", () => {
    const s = close(voted());
    expect(s.dotTallies.brainstorm).toEqual({ c6: 1, c7: 3, c8: 4 });
    expect(s.controls.brainstorm?.voteClosed).toBe(true);
  });

  it("counts a merged duplicate's dots on the idea it went into; a hidden idea's not at all", () => {
    let s = must(voted(), { type: "card.merge", cardId: "c8", intoCardId: "c7" }, facilitator).state;
    s = must(s, { type: "card.setHidden", cardId: "c6", hidden: true }, facilitator).state;
    expect(tallyOf(s, "brainstorm")).toEqual({ c7: 7 });
  });

  it("leaves out the dots of someone the facilitator removed", () => {
    const s = must(voted(), { type: "participant.remove", participantId: "p4" }, facilitator).state;
    expect(tallyOf(s, "brainstorm")).toEqual({ c6: 1, c7: 3, c8: 1 });
  });

  it("ranks ideas by dots, a tie going to the idea posted first, and groups by the sum of theirs", () => {
    const trust = must(voted(), create("Trust"), bob);
    let s = must(trust.state, move("c7", trust.id), bob).state;
    s = dot("c6", bob, s); // c6: 2, c7: 3, c8: 4
    s = must(s, create("Empty"), bob).state;
    s = close(s);
    s = must(s, { type: "card.add", phaseId: "brainstorm", text: "Too late" }, bob).state;
    const ranking = rankingOf(s, "brainstorm");
    const late = Object.values(s.cards).find((c) => c.text === "Too late")!.id;
    expect(ranking.ideas.map((i) => [i.card.id, i.dots])).toEqual([["c8", 4], ["c7", 3], ["c6", 2], [late, 0]]);
    expect(ranking.groups.map((g) => [g.group.title, g.dots, g.ideas.map((i) => i.card.id)])).toEqual([
      ["Trust", 3, ["c7"]],
      ["Speed", 2, ["c6"]],
      ["Empty", 0, []],
    ]);
    expect(ranking.ungrouped.map((i) => i.card.id)).toEqual(["c8", late]);
  });

  it("breaks ties by posting order, for groups by the order they were made", () => {
    let s = must(grouped(), create("Trust"), bob).state; // g11
    s = must(s, move("c7", "g11"), bob).state;
    s = close(dot("c7", alice, dot("c6", bob, s)));
    expect(rankingOf(s, "brainstorm").ideas.map((i) => i.card.id)).toEqual(["c6", "c7", "c8"]);
    expect(rankingOf(s, "brainstorm").groups.map((g) => g.group.title)).toEqual(["Speed", "Trust"]);
  });

  it("has no ranking while the vote is open", () => {
    expect(rankingOf(voted(), "brainstorm")).toEqual({ ideas: [], groups: [], ungrouped: [] });
  });
});
