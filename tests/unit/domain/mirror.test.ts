import { describe, expect, it } from "vitest";
import { CommandSchema, decide, viewFor, type Actor, type CommandInput, type PhaseOf, type WorkshopState } from "@/lib/domain";
import {
  awaitingReveal,
  mirrorTeamId,
  mirrors,
  myReaction,
  neighbours,
  reactionCounts,
} from "@/lib/domain/features/perspective/selectors";
import { T0, facilitator, guest, must, outcome, participant, screen, workshop } from "./fixtures";

const alice = participant("p2"); // Sales (t1), writes as IT
const bob = participant("p3"); // IT (t2), writes as Finance
const cleo = participant("p4"); // Finance (t3), writes as Sales

const card = (aboutTeamId: string, column: "strengths" | "challenges", text: string): CommandInput => ({
  type: "card.add",
  phaseId: "shoes",
  text,
  column,
  aboutTeamId,
});

/**
 * Three people in "shoes" wrote c7…c13; c13 is hidden (at seq 14).
 * The room is in the mirror; whether the cards are revealed is up to the caller.
 */
function written(): WorkshopState {
  let s = workshop();
  s = must(s, { type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)).state;
  s = must(s, { type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)).state;
  s = must(s, { type: "participant.join", name: "Cleo", teamId: "t3" }, guest(3)).state;
  s = must(s, { type: "phase.goto", phaseId: "shoes" }, facilitator).state; // [5, 6] changed, assigned
  if (s.assignments.shoes?.p4 !== "t1") throw new Error("the scenario expects Cleo to write as Sales");
  s = must(s, card("t1", "strengths", "Sales: they close deals"), cleo).state; // c7
  s = must(s, card("t1", "challenges", "Sales: they promise too much"), cleo).state; // c8
  s = must(s, card("t1", "strengths", "We know the customer"), alice).state; // c9
  s = must(s, card("t1", "challenges", "We are never told why"), alice).state; // c10
  s = must(s, card("t2", "strengths", "IT: systems run"), alice).state; // c11
  s = must(s, card("t2", "challenges", "We are understaffed"), bob).state; // c12
  s = must(s, card("t1", "strengths", "Rude"), cleo).state; // c13
  s = must(s, { type: "card.setHidden", cardId: "c13", hidden: true }, facilitator).state;
  return must(s, { type: "phase.goto", phaseId: "mirror" }, facilitator).state;
}
const revealed = () => must(written(), { type: "phase.reveal", phaseId: "shoes" }, facilitator).state;
const mirrorPhase = (s: WorkshopState) => s.agenda.find((p) => p.id === "mirror") as PhaseOf<"mirror">;
const ids = (cards: { id: string }[]) => cards.map((c) => c.id);

describe("mirrors", () => {
  it("puts how the others see a team beside how it sees itself, by column", () => {
    const [sales, it_, finance] = mirrors(revealed(), "shoes");
    expect(sales?.team.name).toBe("Sales");
    expect({ others: sales && [ids(sales.others.strengths), ids(sales.others.challenges)], self: sales && [ids(sales.self.strengths), ids(sales.self.challenges)] }).toEqual({
      others: [["c7"], ["c8"]],
      self: [["c9"], ["c10"]],
    });
    expect([it_ && ids(it_.others.strengths), it_ && ids(it_.self.challenges)]).toEqual([["c11"], ["c12"]]);
    expect(finance && [...finance.others.strengths, ...finance.others.challenges, ...finance.self.strengths, ...finance.self.challenges]).toEqual([]);
  });

  it("leaves hidden cards out, also on the facilitator's copy", () => {
    const all = mirrors(revealed(), "shoes").flatMap((m) => [...m.others.strengths, ...m.self.strengths]);
    expect(ids(all)).not.toContain("c13");
  });

  it.each<[string, () => WorkshopState, string | null, string[]]>([
    ["a phone before the reveal holds only its own cards", written, "p2", ["c9", "c10"]],
    ["the screen before the reveal holds none", written, null, []],
    ["a phone after the reveal sees every side", revealed, "p3", ["c7", "c8", "c9", "c10"]],
  ])("%s", (_name, state, me, expected) => {
    const copy = viewFor(state(), me ? { role: "participant", participantId: me } : { role: "screen" });
    const sales = mirrors(copy, "shoes")[0]!;
    expect(ids([...sales.others.strengths, ...sales.others.challenges, ...sales.self.strengths, ...sales.self.challenges]).sort()).toEqual(expected.sort());
  });

  it.each<[string, () => WorkshopState, boolean]>([
    ["private and not revealed", written, true],
    ["revealed", revealed, false],
  ])("awaitingReveal when %s", (_name, state, expected) => {
    expect(awaitingReveal(state(), "shoes")).toBe(expected);
  });
});

describe("the team on show", () => {
  it("is the first team until the facilitator picks one", () => {
    expect(mirrorTeamId(revealed(), mirrorPhase(revealed()))).toBe("t1");
  });

  it("follows mirror.show, for every copy", () => {
    const s = must(revealed(), { type: "mirror.show", phaseId: "mirror", teamId: "t3" }, facilitator).state;
    expect(mirrorTeamId(s, mirrorPhase(s))).toBe("t3");
    expect(mirrorTeamId(viewFor(s, { role: "screen" }), mirrorPhase(s))).toBe("t3");
  });

  it.each<[string, CommandInput, Actor, ReturnType<typeof outcome>]>([
    ["the facilitator steps to a team", { type: "mirror.show", phaseId: "mirror", teamId: "t2" }, facilitator, { events: ["mirror.shown"] }],
    ["the facilitator picks the team already on show", { type: "mirror.show", phaseId: "mirror", teamId: "t2" }, facilitator, { events: [] }],
    ["a team not in the workshop", { type: "mirror.show", phaseId: "mirror", teamId: "t9" }, facilitator, { error: "not_found" }],
    ["a phase that is not a mirror", { type: "mirror.show", phaseId: "shoes", teamId: "t2" }, facilitator, { error: "not_found" }],
    ["a participant", { type: "mirror.show", phaseId: "mirror", teamId: "t3" }, alice, { error: "forbidden" }],
    ["the screen", { type: "mirror.show", phaseId: "mirror", teamId: "t3" }, screen, { error: "forbidden" }],
  ])("mirror.show: %s", (name, command, actor, expected) => {
    const base = name.includes("already") ? must(revealed(), { type: "mirror.show", phaseId: "mirror", teamId: "t2" }, facilitator).state : revealed();
    expect(outcome(decide(base, CommandSchema.parse(command), { actor, now: T0 }))).toEqual(expected);
  });

  it.each<[string, string | null, string | null, string | null]>([
    ["the first team", "t1", null, "t2"],
    ["a middle team", "t2", "t1", "t3"],
    ["the last team", "t3", "t2", null],
    ["no team yet", null, null, "t1"],
  ])("neighbours of %s", (_name, teamId, previous, next) => {
    const { previous: p, next: n } = neighbours(revealed(), teamId);
    expect([p?.id ?? null, n?.id ?? null]).toEqual([previous, next]);
  });

  it("falls back to the first team if the one picked is no longer there", () => {
    const s = revealed();
    const odd = { ...s, controls: { ...s.controls, mirror: { ...s.controls.mirror!, mirrorTeamId: "t9" } } };
    expect(mirrorTeamId(odd, mirrorPhase(s))).toBe("t1");
  });
});

describe("reactions", () => {
  const react = (state: WorkshopState, actor: Actor, cardId: string, reaction: "recognised" | "surprised" | null) =>
    must(state, { type: "card.react", cardId, reaction }, actor).state;

  it("counts recognised and surprised per card, one reaction per person, and remembers mine", () => {
    let s = revealed();
    s = react(s, alice, "c7", "recognised");
    s = react(s, bob, "c7", "surprised");
    s = react(s, cleo, "c7", "recognised");
    s = react(s, cleo, "c7", "surprised"); // changed her mind
    s = react(s, bob, "c8", "recognised");
    s = react(s, bob, "c8", null); // took it back
    expect(reactionCounts(s, "c7")).toEqual({ recognised: 1, surprised: 2 });
    expect(reactionCounts(s, "c8")).toEqual({ recognised: 0, surprised: 0 });
    expect(reactionCounts(s, "c99")).toEqual({ recognised: 0, surprised: 0 });
    expect([myReaction(s, "c7", "p2"), myReaction(s, "c7", "p4"), myReaction(s, "c8", "p3")]).toEqual(["recognised", "surprised", null]);
    // Every copy counts alike: reactions are public.
    expect(reactionCounts(viewFor(s, { role: "screen" }), "c7")).toEqual({ recognised: 1, surprised: 2 });
  });

  const reacted = () => react(revealed(), alice, "c7", "recognised");

  it.each<[string, () => WorkshopState, CommandInput, Actor, ReturnType<typeof outcome>]>([
    ["a participant reacts", revealed, { type: "card.react", cardId: "c7", reaction: "surprised" }, bob, { events: ["card.reacted"], id: "c7" }],
    ["the same reaction again changes nothing", reacted, { type: "card.react", cardId: "c7", reaction: "recognised" }, alice, { events: [], id: "c7" }],
    ["taking a reaction back", reacted, { type: "card.react", cardId: "c7", reaction: null }, alice, { events: ["card.reacted"], id: "c7" }],
    ["taking back a reaction never given changes nothing", revealed, { type: "card.react", cardId: "c7", reaction: null }, alice, { events: [], id: "c7" }],
    ["a hidden card", revealed, { type: "card.react", cardId: "c13", reaction: "surprised" }, alice, { error: "not_found" }],
    ["an unknown card", revealed, { type: "card.react", cardId: "c99", reaction: "surprised" }, alice, { error: "not_found" }],
    ["the facilitator", revealed, { type: "card.react", cardId: "c7", reaction: "surprised" }, facilitator, { error: "forbidden" }],
    ["the screen", revealed, { type: "card.react", cardId: "c7", reaction: "surprised" }, screen, { error: "forbidden" }],
    ["a guest", revealed, { type: "card.react", cardId: "c7", reaction: "surprised" }, guest(9), { error: "forbidden" }],
  ])("card.react: %s", (_name, state, command, actor, expected) => {
    expect(outcome(decide(state(), CommandSchema.parse(command), { actor, now: T0 }))).toEqual(expected);
  });

  it.each(["liked", "", 1])("refuses the reaction %j at the boundary", (reaction) => {
    expect(CommandSchema.safeParse({ type: "card.react", cardId: "c7", reaction }).success).toBe(false);
  });
});
