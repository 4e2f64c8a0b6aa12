import { describe, expect, it } from "vitest";
import {
  DEFAULT_AGENDA,
  cardsByTeam,
  cardsOf,
  currentPhase,
  phaseIndex,
  teamName,
  type Card,
  type WorkshopState,
} from "@/lib/domain";
import { T0, facilitator, must, participant, scene, workshop } from "./fixtures";

const card = (id: string, seq: number, teamId: string, phaseId = "changes"): Card => ({
  id,
  phaseId,
  authorId: "p2",
  teamId,
  text: id,
  createdAt: T0,
  editedAt: null,
  hidden: false,
  seq,
});

/** A state whose card record is deliberately out of posting order. */
function shuffled(): WorkshopState {
  const cards = [
    card("c9", 9, "t3"),
    card("c4", 4, "t1"),
    card("c12", 12, "t1"),
    card("c7", 7, "t2"),
    card("c5", 5, "t1"),
    card("c6", 6, "t2", "shoes"),
  ];
  return { ...workshop(), cards: Object.fromEntries(cards.map((c) => [c.id, c])) };
}

describe("cardsByTeam", () => {
  it("groups a phase's cards per team, in team order, cards in seq order", () => {
    const groups = cardsByTeam(shuffled(), "changes");
    expect(groups.map((g) => [g.team.name, g.cards.map((c) => c.id)])).toEqual([
      ["Sales", ["c4", "c5", "c12"]],
      ["IT", ["c7"]],
      ["Finance", ["c9"]],
    ]);
  });

  it("lists every team, even one without cards", () => {
    const groups = cardsByTeam(shuffled(), "shoes");
    expect(groups.map((g) => [g.team.id, g.cards.map((c) => c.id)])).toEqual([
      ["t1", []],
      ["t2", ["c6"]],
      ["t3", []],
    ]);
  });

  it.each([["lobby"], ["nope"]])("gives empty groups for a phase without cards (%s)", (phaseId) => {
    expect(cardsByTeam(shuffled(), phaseId).map((g) => g.cards)).toEqual([[], [], []]);
  });

  it("files cards made through decide under their author's team", () => {
    let state = scene(); // Alice (t1): c5, c7 (hidden); Bob (t2): c6
    state = must(state, { type: "card.add", phaseId: "changes", text: "Bob two" }, participant("p3")).state;
    const groups = cardsByTeam(state, "changes");
    expect(groups.map((g) => g.cards.map((c) => c.id))).toEqual([["c5", "c7"], ["c6", "c9"], []]);
  });

  it("follows the workshop's own team order", () => {
    const state = { ...shuffled(), teams: [...workshop().teams].reverse() };
    expect(cardsByTeam(state, "changes").map((g) => g.team.name)).toEqual(["Finance", "IT", "Sales"]);
  });
});

describe("cardsOf", () => {
  it("gives a phase's cards in seq order", () => {
    expect(cardsOf(shuffled(), "changes").map((c) => c.seq)).toEqual([4, 5, 7, 9, 12]);
  });
});

describe("currentPhase", () => {
  it("is the first phase of a fresh workshop", () => {
    expect(currentPhase(workshop())).toMatchObject({ id: "lobby", kind: "lobby" });
  });

  it.each([["changes", "cards"], ["shoes", "info"], ["check-out", "info"]])(
    "follows phase.goto to %s",
    (phaseId, kind) => {
      const { state } = must(workshop(), { type: "phase.goto", phaseId }, facilitator);
      expect(currentPhase(state)).toMatchObject({ id: phaseId, kind });
    },
  );

  it("falls back to the first phase if the current id is unknown", () => {
    expect(currentPhase({ ...workshop(), currentPhaseId: "gone" }).id).toBe("lobby");
  });

  it("throws for a workshop without an agenda", () => {
    expect(() => currentPhase({ ...workshop(), agenda: [] })).toThrow();
  });
});

describe("phaseIndex and teamName", () => {
  it("finds phases by agenda position", () => {
    const state = workshop();
    expect(phaseIndex(state, "lobby")).toBe(0);
    expect(phaseIndex(state, "changes")).toBe(1);
    expect(phaseIndex(state, "check-out")).toBe(DEFAULT_AGENDA.length - 1);
    expect(phaseIndex(state, "nope")).toBe(-1);
  });

  it.each([["t1", "Sales"], ["t2", "IT"], ["t3", "Finance"], ["t9", ""]])("names team %s %j", (teamId, name) => {
    expect(teamName(workshop(), teamId)).toBe(name);
  });
});
