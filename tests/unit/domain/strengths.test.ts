import { describe, expect, it } from "vitest";
import { viewFor, type CommandInput, type Viewer, type WorkshopState } from "@/lib/domain";
import { awaitingReveal, strengthsWall } from "@/lib/domain/features/perspective/selectors";
import { facilitator, guest, must, participant, workshop } from "./fixtures";

const alice = participant("p2"); // Sales (t1)
const bob = participant("p3"); // IT (t2)
const cleo = participant("p4"); // Finance (t3)

const card = (aboutTeamId: string, column: "strengths" | "challenges", text: string): CommandInput => ({
  type: "card.add",
  phaseId: "shoes",
  text,
  column,
  aboutTeamId,
});

/** Strengths and challenges written in "shoes" (c7…c12, c11 hidden); the room is at the wall. */
function written(): WorkshopState {
  let s = workshop();
  s = must(s, { type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)).state;
  s = must(s, { type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)).state;
  s = must(s, { type: "participant.join", name: "Cleo", teamId: "t3" }, guest(3)).state;
  s = must(s, { type: "phase.goto", phaseId: "shoes" }, facilitator).state;
  const as = (who: string) => s.assignments.shoes?.[who] ?? "";
  s = must(s, card(as("p4"), "strengths", "They close deals"), cleo).state; // c7 about Sales, others' view
  s = must(s, card("t1", "strengths", "We know the customer"), alice).state; // c8 about Sales, self-view
  s = must(s, card("t1", "challenges", "Nobody tells us why"), alice).state; // c9 a challenge
  s = must(s, card("t2", "strengths", "Systems run"), bob).state; // c10 about IT, self-view
  s = must(s, card(as("p2"), "strengths", "Rude"), alice).state; // c11
  s = must(s, { type: "card.setHidden", cardId: "c11", hidden: true }, facilitator).state;
  s = must(s, card(as("p2"), "strengths", "They fix it at night"), alice).state; // c13 about IT, others' view
  return must(s, { type: "phase.goto", phaseId: "strengths" }, facilitator).state;
}
const revealed = () => must(written(), { type: "phase.reveal", phaseId: "shoes" }, facilitator).state;
const wall = (s: WorkshopState) => strengthsWall(s, "shoes").map(({ team, cards }) => [team.name, cards.map((c) => c.text)]);

describe("strengthsWall", () => {
  it("shows every strength, others' view and self-view together, by the team it is about", () => {
    expect(written().assignments.shoes).toMatchObject({ p2: "t2", p4: "t1" });
    expect(wall(revealed())).toEqual([
      ["Sales", ["They close deals", "We know the customer"]],
      ["IT", ["Systems run", "They fix it at night"]],
      ["Finance", []],
    ]);
  });

  it.each<[string, () => WorkshopState, Viewer, string[]]>([
    ["the facilitator, before the reveal, without hidden cards", written, { role: "facilitator" }, ["They close deals", "We know the customer", "Systems run", "They fix it at night"]],
    ["a phone before the reveal: only its own", written, { role: "participant", participantId: "p2" }, ["We know the customer", "They fix it at night"]],
    ["the screen before the reveal: nothing", written, { role: "screen" }, []],
    ["the screen after the reveal: the whole wall", revealed, { role: "screen" }, ["They close deals", "We know the customer", "Systems run", "They fix it at night"]],
    ["any phone after the reveal: the whole wall", revealed, { role: "participant", participantId: null }, ["They close deals", "We know the customer", "Systems run", "They fix it at night"]],
  ])("what %s holds", (_name, state, viewer, expected) => {
    expect(strengthsWall(viewFor(state(), viewer), "shoes").flatMap((t) => t.cards.map((c) => c.text))).toEqual(expected);
  });

  it("tells the views the wall waits for the reveal", () => {
    expect([awaitingReveal(written(), "shoes"), awaitingReveal(revealed(), "shoes")]).toEqual([true, false]);
  });

  it("is empty for a source phase without cards", () => {
    expect(strengthsWall(revealed(), "changes").every((t) => t.cards.length === 0)).toBe(true);
  });
});
