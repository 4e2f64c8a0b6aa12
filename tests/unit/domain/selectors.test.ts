import { describe, expect, it } from "vitest";
import {
  DEFAULT_AGENDA,
  authorName,
  cardsByTeam,
  cardsOf,
  currentPhase,
  mergedCounts,
  phaseIndex,
  teamName,
  type Card,
  type WorkshopState,
} from "@/lib/domain";
import { aCard, facilitator, goto, must, participant, scene, workshop } from "../../helpers/domain";

const card = (id: string, seq: number, teamId: string, more: Partial<Card> = {}): Card => aCard(id, seq, { teamId, ...more });

/** A card record deliberately out of posting order, with a duplicate merged into c4 and c5. */
function shuffled(): WorkshopState {
  const cards = [
    card("c9", 9, "t3"),
    card("c4", 4, "t1"),
    card("c12", 12, "t1"),
    card("c7", 7, "t2"),
    card("c5", 5, "t1"),
    card("c6", 6, "t2", { phaseId: "shoes" }),
    card("c10", 10, "t2", { mergedInto: "c4" }),
    card("c11", 11, "t3", { mergedInto: "c4" }),
    card("c13", 13, "t3", { mergedInto: "c5" }),
  ];
  return { ...workshop(), cards: Object.fromEntries(cards.map((c) => [c.id, c])) };
}

describe("cardsOf", () => {
  it("gives a phase's cards in posting order, without the merged duplicates", () => {
    expect(cardsOf(shuffled(), "changes").map((c) => c.id)).toEqual(["c4", "c5", "c7", "c9", "c12"]);
  });

  it.each([["lobby"], ["nope"]])("is empty for a phase without cards (%s)", (phaseId) => {
    expect(cardsOf(shuffled(), phaseId)).toEqual([]);
  });
});

describe("mergedCounts", () => {
  it.each([["c4", 2], ["c5", 1], ["c7", 0], ["c10", 0], ["c99", 0]])("counts the duplicates merged into %s: %i", (id, n) => {
    expect(mergedCounts(shuffled()).get(id) ?? 0).toBe(n);
  });

  it("names only the cards that have duplicates", () => {
    expect([...mergedCounts(shuffled()).keys()].sort()).toEqual(["c4", "c5"]);
  });
});

describe("cardsByTeam", () => {
  it("groups a phase's cards per team, in team order, cards in posting order", () => {
    expect(cardsByTeam(shuffled(), "changes").map((g) => [g.team.name, g.cards.map((c) => c.id)])).toEqual([
      ["Sales", ["c4", "c5", "c12"]],
      ["IT", ["c7"]],
      ["Finance", ["c9"]],
    ]);
  });

  it("lists every team, even one without cards", () => {
    expect(cardsByTeam(shuffled(), "shoes").map((g) => [g.team.id, g.cards.map((c) => c.id)])).toEqual([
      ["t1", []],
      ["t2", ["c6"]],
      ["t3", []],
    ]);
  });

  it("files cards made through decide under the author's team at the time of writing", () => {
    let state = scene(); // Alice (t1): c5, c7 (hidden); Bob (t2): c6
    state = must(state, { type: "participant.move", participantId: "p3", teamId: "t3" }, facilitator).state;
    state = must(state, { type: "card.add", phaseId: "changes", text: "Bob in Finance" }, participant("p3")).state;
    expect(cardsByTeam(state, "changes").map((g) => g.cards.map((c) => c.id))).toEqual([["c5", "c7"], ["c6"], ["c10"]]);
  });

  it("follows the workshop's own team order", () => {
    const state = { ...shuffled(), teams: [...workshop().teams].reverse() };
    expect(cardsByTeam(state, "changes").map((g) => g.team.name)).toEqual(["Finance", "IT", "Sales"]);
  });
});

describe("currentPhase and phaseIndex", () => {
  it("is the lobby of a fresh workshop", () => {
    expect(currentPhase(workshop())).toMatchObject({ id: "lobby", kind: "lobby", title: "Welcome" });
  });

  it.each([
    ["check-in", "pulse"],
    ["changes", "cards"],
    ["shoes", "perspective"],
    ["mirror", "mirror"],
    ["beliefs", "beliefs"],
    ["strengths", "strengths"],
    ["brainstorm", "brainstorm"],
    ["agreements", "agreements"],
    ["carry-over", "carry-over"],
    ["check-out", "pulse"],
  ])("follows phase.goto to %s (%s)", (phaseId, kind) => {
    expect(currentPhase(goto(workshop(), phaseId))).toMatchObject({ id: phaseId, kind });
  });

  it("falls back to the first phase if the current id is unknown, and throws without an agenda", () => {
    expect(currentPhase({ ...workshop(), currentPhaseId: "gone" }).id).toBe("lobby");
    expect(() => currentPhase({ ...workshop(), agenda: [] })).toThrow();
  });

  it.each([["lobby", 0], ["check-in", 1], ["changes", 2], ["check-out", DEFAULT_AGENDA.length - 1], ["nope", -1]])(
    "finds %s at %i",
    (phaseId, index) => {
      expect(phaseIndex(workshop(), phaseId)).toBe(index);
    },
  );
});

describe("names", () => {
  it.each([["t1", "Sales"], ["t2", "IT"], ["t3", "Finance"], ["t9", ""]])("team %s is %j", (teamId, name) => {
    expect(teamName(workshop(), teamId)).toBe(name);
  });

  it.each<[string | null, string]>([["p2", "Alice"], ["p3", "Bob"], [null, "Anonymous"], ["p99", "Someone"]])(
    "author %j is shown as %j",
    (authorId, name) => {
      expect(authorName(scene(), authorId)).toBe(name);
    },
  );
});
