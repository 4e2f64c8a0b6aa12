import { describe, expect, it } from "vitest";
import {
  CommandSchema,
  cardsOf,
  decide,
  mergedCounts,
  type Actor,
  type CommandInput,
  type Phase,
  type WorkshopState,
} from "@/lib/domain";
import {
  T0,
  applyAll,
  cardsPhase,
  customWorkshop,
  facilitator,
  goto,
  guest,
  join,
  lobbyPhase,
  must,
  no,
  participant,
  perspectivePhase,
  run,
  screen,
  verdict,
  yes,
  type DecideCase,
} from "../../helpers/domain";

const AGENDA: Phase[] = [
  lobbyPhase(),
  cardsPhase("plain"),
  cardsPhase("columns", {
    columns: [
      { id: "keep", label: "Keep" },
      { id: "change", label: "Change" },
    ],
    private: true,
    anonymous: true,
  }),
  perspectivePhase("shoes"),
  { id: "mirror", kind: "mirror", title: "Mirror", prompt: "", timeboxMinutes: null, options: { sourcePhaseId: "shoes" } },
  { id: "ideas", kind: "brainstorm", title: "Ideas", prompt: "", timeboxMinutes: null, options: { budget: 3 } },
  cardsPhase("later"),
];

const alice = participant("p2");
const bob = participant("p3");
const cleo = participant("p4");

/**
 * Alice p2 (t1), Bob p3 (t2), Cleo p4 (t3); in "shoes" Alice writes as t2, Bob as t3, Cleo as t1
 * [5]; the room has gone through "shoes" [6] to "ideas" [7]; "later" is still ahead.
 */
function room(): WorkshopState {
  let state = customWorkshop(AGENDA);
  for (const [name, teamId, n] of [["Alice", "t1", 1], ["Bob", "t2", 2], ["Cleo", "t3", 3]] as const) {
    state = join(state, name, teamId, n).state;
  }
  state = applyAll(state, [{ type: "perspective.assigned", phaseId: "shoes", assignments: { p2: "t2", p3: "t3", p4: "t1" } }]);
  return goto(goto(state, "shoes"), "ideas");
}

/** Plus Alice's c8 and Bob's c9 in "plain", Alice's anonymous private c10 in "columns", Bob's idea c11. */
function written(): WorkshopState {
  let state = room();
  for (const [command, actor] of [
    [{ type: "card.add", phaseId: "plain", text: "Alice plain" }, alice],
    [{ type: "card.add", phaseId: "plain", text: "Bob plain" }, bob],
    [{ type: "card.add", phaseId: "columns", text: "Alice keeps", column: "keep" }, alice],
    [{ type: "card.add", phaseId: "ideas", text: "Bob's idea" }, bob],
  ] as const) {
    state = must(state, command, actor).state;
  }
  return state;
}

const hidden = () => must(written(), { type: "card.setHidden", cardId: "c8", hidden: true }, facilitator).state;
/** Bob's c9 merged into Alice's c8 [12]. */
const merged = () => must(written(), { type: "card.merge", cardId: "c9", intoCardId: "c8" }, facilitator).state;
const reacted = () => must(written(), { type: "card.react", cardId: "c9", reaction: "recognised" }, alice).state;
const removedAlice = () => must(written(), { type: "participant.remove", participantId: "p2" }, facilitator).state;

const add = (phaseId: string, more: Partial<Extract<CommandInput, { type: "card.add" }>> = {}): CommandInput => ({
  type: "card.add",
  phaseId,
  text: "A card",
  ...more,
});

const cases: DecideCase[] = [
  // card.add: where a card may go
  { name: "into a cards phase", state: room, command: add("plain"), actor: alice, expected: yes(["card.added"], "c8") },
  { name: "a column where the phase has none", state: room, command: add("plain", { column: "keep" }), actor: alice, expected: no("invalid_input", /no columns/) },
  { name: "into a column of a cards phase", state: room, command: add("columns", { column: "change" }), actor: alice, expected: yes(["card.added"], "c8") },
  { name: "without a column where the phase has columns", state: room, command: add("columns"), actor: alice, expected: no("invalid_input", /^Pick one of the columns: Keep, Change\.$/) },
  { name: "into a column the phase does not have", state: room, command: add("columns", { column: "strengths" }), actor: alice, expected: no("invalid_input", /Pick one of the columns/) },
  { name: "about the team I was given", state: room, command: add("shoes", { column: "strengths", aboutTeamId: "t2" }), actor: alice, expected: yes(["card.added"], "c8") },
  { name: "about my own team", state: room, command: add("shoes", { column: "challenges", aboutTeamId: "t1" }), actor: alice, expected: yes(["card.added"], "c8") },
  { name: "about a team I was not given", state: room, command: add("shoes", { column: "strengths", aboutTeamId: "t3" }), actor: alice, expected: no("forbidden", /team you were given, or about your own team/) },
  { name: "about a team not in the workshop", state: room, command: add("shoes", { column: "strengths", aboutTeamId: "t9" }), actor: alice, expected: no("forbidden", /team you were given/) },
  { name: "about no team in a perspective phase", state: room, command: add("shoes", { column: "strengths" }), actor: alice, expected: no("forbidden", /team you were given/) },
  { name: "no column in a perspective phase", state: room, command: add("shoes", { aboutTeamId: "t2" }), actor: alice, expected: no("invalid_input", /Strengths or Challenges/) },
  { name: "another column in a perspective phase", state: room, command: add("shoes", { column: "keep", aboutTeamId: "t2" }), actor: alice, expected: no("invalid_input", /Strengths or Challenges/) },
  { name: "an idea into a brainstorm", state: room, command: add("ideas"), actor: bob, expected: yes(["card.added"], "c8") },
  { name: "into the lobby", state: room, command: add("lobby"), actor: alice, expected: no("not_found", /does not take this kind of input/) },
  { name: "into a mirror", state: room, command: add("mirror"), actor: alice, expected: no("not_found", /does not take this kind of input/) },
  { name: "into a phase not on the agenda", state: room, command: add("nope"), actor: alice, expected: no("not_found", /does not take this kind of input/) },
  { name: "into a phase not started yet", state: room, command: add("later"), actor: alice, expected: no("closed", /not started yet/) },
  { name: "by the facilitator", state: room, command: add("plain"), actor: facilitator, expected: no("forbidden", /Join the workshop first/) },
  { name: "by the screen", state: room, command: add("plain"), actor: screen, expected: no("forbidden", /Join the workshop first/) },
  { name: "by a guest", state: room, command: add("plain"), actor: guest(9), expected: no("forbidden", /Join the workshop first/) },
  { name: "by a removed participant", state: removedAlice, command: add("plain"), actor: alice, expected: no("forbidden", /removed you/) },

  // card.edit: the author, or the facilitator moderating
  { name: "by the author", state: written, command: { type: "card.edit", cardId: "c8", text: "Better" }, actor: alice, expected: yes(["card.edited"], "c8") },
  { name: "by the author, in a phase the room has left", state: () => goto(written(), "later"), command: { type: "card.edit", cardId: "c8", text: "Better" }, actor: alice, expected: yes(["card.edited"], "c8") },
  { name: "to the same text", state: written, command: { type: "card.edit", cardId: "c8", text: "Alice plain" }, actor: alice, expected: yes([], "c8") },
  { name: "by the facilitator", state: written, command: { type: "card.edit", cardId: "c8", text: "Kinder" }, actor: facilitator, expected: yes(["card.edited"], "c8") },
  { name: "by someone else", state: written, command: { type: "card.edit", cardId: "c8", text: "Mine now" }, actor: bob, expected: no("forbidden", /Only the author/) },
  { name: "by the screen", state: written, command: { type: "card.edit", cardId: "c8", text: "x" }, actor: screen, expected: no("forbidden", /.+/) },
  { name: "of an unknown card", state: written, command: { type: "card.edit", cardId: "c99", text: "x" }, actor: alice, expected: no("not_found", /does not exist/) },
  { name: "of an unknown card by the facilitator", state: written, command: { type: "card.edit", cardId: "c99", text: "x" }, actor: facilitator, expected: no("not_found", /does not exist/) },
  { name: "of a hidden card by its author", state: hidden, command: { type: "card.edit", cardId: "c8", text: "Sorry" }, actor: alice, expected: no("not_found", /does not exist/) },
  { name: "of a merged card by its author", state: merged, command: { type: "card.edit", cardId: "c9", text: "x" }, actor: bob, expected: no("not_found", /does not exist/) },

  // card.delete: the author only
  { name: "by the author", state: written, command: { type: "card.delete", cardId: "c8" }, actor: alice, expected: yes(["card.deleted"], "c8") },
  { name: "by someone else", state: written, command: { type: "card.delete", cardId: "c8" }, actor: bob, expected: no("forbidden", /Only the author/) },
  { name: "by the facilitator, who hides instead", state: written, command: { type: "card.delete", cardId: "c8" }, actor: facilitator, expected: no("forbidden", /hide it instead/) },
  { name: "by the screen", state: written, command: { type: "card.delete", cardId: "c8" }, actor: screen, expected: no("forbidden", /.+/) },
  { name: "of a card others' cards were merged into", state: merged, command: { type: "card.delete", cardId: "c8" }, actor: alice, expected: no("conflict", /merged into this one/) },
  { name: "of an unknown card", state: written, command: { type: "card.delete", cardId: "c99" }, actor: alice, expected: no("not_found", /does not exist/) },
  { name: "of a hidden card", state: hidden, command: { type: "card.delete", cardId: "c8" }, actor: alice, expected: no("not_found", /does not exist/) },

  // card.setHidden: the facilitator moderates
  { name: "hide", state: written, command: { type: "card.setHidden", cardId: "c8", hidden: true }, actor: facilitator, expected: yes(["card.hidden"], "c8") },
  { name: "unhide", state: hidden, command: { type: "card.setHidden", cardId: "c8", hidden: false }, actor: facilitator, expected: yes(["card.unhidden"], "c8") },
  { name: "hide a hidden card", state: hidden, command: { type: "card.setHidden", cardId: "c8", hidden: true }, actor: facilitator, expected: yes([], "c8") },
  { name: "unhide a visible card", state: written, command: { type: "card.setHidden", cardId: "c8", hidden: false }, actor: facilitator, expected: yes([], "c8") },
  { name: "hide an unknown card", state: written, command: { type: "card.setHidden", cardId: "c99", hidden: true }, actor: facilitator, expected: no("not_found", /does not exist/) },
  { name: "the author hides their own card", state: written, command: { type: "card.setHidden", cardId: "c8", hidden: true }, actor: alice, expected: no("forbidden", /Only the facilitator can do that/) },
  { name: "the author unhides their hidden card", state: hidden, command: { type: "card.setHidden", cardId: "c8", hidden: false }, actor: alice, expected: no("forbidden", /Only the facilitator/) },
  { name: "the screen hides a card", state: written, command: { type: "card.setHidden", cardId: "c8", hidden: true }, actor: screen, expected: no("forbidden", /Only the facilitator/) },

  // card.merge: duplicates fold into one card of the same phase
  { name: "a duplicate into a card", state: written, command: { type: "card.merge", cardId: "c9", intoCardId: "c8" }, actor: facilitator, expected: yes(["card.merged"], "c8") },
  { name: "the same merge again", state: merged, command: { type: "card.merge", cardId: "c9", intoCardId: "c8" }, actor: facilitator, expected: yes([], "c8") },
  { name: "a card into itself", state: written, command: { type: "card.merge", cardId: "c8", intoCardId: "c8" }, actor: facilitator, expected: no("invalid_input", /same phase/) },
  { name: "across phases", state: written, command: { type: "card.merge", cardId: "c11", intoCardId: "c8" }, actor: facilitator, expected: no("invalid_input", /same phase/) },
  { name: "into a merged card", state: () => must(merged(), { type: "card.add", phaseId: "plain", text: "Cleo" }, cleo).state, command: { type: "card.merge", cardId: "c13", intoCardId: "c9" }, actor: facilitator, expected: no("invalid_input", /itself merged/) },
  { name: "an unknown card", state: written, command: { type: "card.merge", cardId: "c99", intoCardId: "c8" }, actor: facilitator, expected: no("not_found", /does not exist/) },
  { name: "into an unknown card", state: written, command: { type: "card.merge", cardId: "c8", intoCardId: "c99" }, actor: facilitator, expected: no("not_found", /does not exist/) },
  { name: "by a participant", state: written, command: { type: "card.merge", cardId: "c9", intoCardId: "c8" }, actor: alice, expected: no("forbidden", /Only the facilitator can do that/) },
  { name: "by the screen", state: written, command: { type: "card.merge", cardId: "c9", intoCardId: "c8" }, actor: screen, expected: no("forbidden", /Only the facilitator/) },

  // card.react
  { name: "a reaction", state: written, command: { type: "card.react", cardId: "c9", reaction: "recognised" }, actor: alice, expected: yes(["card.reacted"], "c9") },
  { name: "the same reaction again", state: reacted, command: { type: "card.react", cardId: "c9", reaction: "recognised" }, actor: alice, expected: yes([], "c9") },
  { name: "switching to the other reaction", state: reacted, command: { type: "card.react", cardId: "c9", reaction: "surprised" }, actor: alice, expected: yes(["card.reacted"], "c9") },
  { name: "null takes it back", state: reacted, command: { type: "card.react", cardId: "c9", reaction: null }, actor: alice, expected: yes(["card.reacted"], "c9") },
  { name: "null without a reaction", state: written, command: { type: "card.react", cardId: "c9", reaction: null }, actor: alice, expected: yes([], "c9") },
  { name: "on a hidden card", state: hidden, command: { type: "card.react", cardId: "c8", reaction: "surprised" }, actor: bob, expected: no("not_found", /does not exist/) },
  { name: "on a merged card", state: merged, command: { type: "card.react", cardId: "c9", reaction: "surprised" }, actor: alice, expected: no("not_found", /does not exist/) },
  { name: "on an unknown card", state: written, command: { type: "card.react", cardId: "c99", reaction: "surprised" }, actor: alice, expected: no("not_found", /does not exist/) },
  { name: "by the facilitator", state: written, command: { type: "card.react", cardId: "c9", reaction: "surprised" }, actor: facilitator, expected: no("forbidden", /Join the workshop first/) },
  { name: "by the screen", state: written, command: { type: "card.react", cardId: "c9", reaction: "surprised" }, actor: screen, expected: no("forbidden", /Join the workshop first/) },
];

describe("cards: decide", () => {
  it.each(cases)("$command.type: $name", ({ state, command, actor, expected }) => {
    expect(verdict(decide(state(), CommandSchema.parse(command), { actor, now: T0 }))).toEqual(expected);
  });
});

describe("cards: what a new card says", () => {
  it.each<[string, WorkshopState, CommandInput, Actor, object]>([
    ["a plain card, under the author's team", room(), add("plain"), bob, { phaseId: "plain", authorId: "p3", teamId: "t2", column: null, aboutTeamId: null, anonymous: false }],
    ["a card of an anonymous phase", room(), add("columns", { column: "keep" }), alice, { column: "keep", anonymous: true }],
    ["a perspective card, about a team", room(), add("shoes", { column: "strengths", aboutTeamId: "t2" }), alice, { column: "strengths", aboutTeamId: "t2", teamId: "t1" }],
    ["an idea, whatever column is sent", room(), add("ideas", { column: "keep", aboutTeamId: "t1" }), bob, { column: null, aboutTeamId: null, anonymous: false }],
    ["a cards phase ignores the team it is about", room(), add("plain", { aboutTeamId: "t3" }), alice, { aboutTeamId: null }],
  ])("%s", (_name, state, command, actor, expected) => {
    const { state: after, id } = must(state, command, actor, T0 + 7);
    expect(after.cards[id]).toMatchObject({ ...expected, text: "A card", hidden: false, mergedInto: null, groupId: null, editedAt: null });
  });
});

describe("cards: edits, hiding and merging as the room sees them", () => {
  it("an edit keeps when it was written and says when it was changed", () => {
    const { state } = must(written(), { type: "card.edit", cardId: "c8", text: "Better" }, alice, T0 + 500);
    expect(state.cards.c8).toMatchObject({ text: "Better", editedAt: T0 + 500 });
    expect(state.cards.c8?.createdAt).toBeLessThan(T0 + 500);
  });

  it("a deleted card is gone, and a second delete finds nothing", () => {
    const { state } = must(written(), { type: "card.delete", cardId: "c8" }, alice);
    expect(state.cards.c8).toBeUndefined();
    expect(verdict(decide(state, { type: "card.delete", cardId: "c8" }, { actor: alice, now: T0 }))).toEqual(
      no("not_found", /does not exist/),
    );
  });

  it("hide then unhide gives the author their card back to edit", () => {
    let state = hidden();
    expect(state.cards.c8?.hidden).toBe(true);
    state = must(state, { type: "card.setHidden", cardId: "c8", hidden: false }, facilitator).state;
    expect(run(state, { type: "card.edit", cardId: "c8", text: "Kinder" }, alice).decision.ok).toBe(true);
  });

  it("a merged card leaves the list and is counted on the card it went into", () => {
    const state = merged();
    expect(cardsOf(state, "plain").map((c) => c.id)).toEqual(["c8"]);
    expect(state.cards.c9?.mergedInto).toBe("c8");
    expect(mergedCounts(state).get("c8") ?? 0).toBe(1);
    expect(mergedCounts(state).get("c9") ?? 0).toBe(0);
  });

  it("merging a card that had duplicates brings its duplicates along", () => {
    let state = must(merged(), { type: "card.add", phaseId: "plain", text: "Cleo" }, cleo).state; // c13
    state = must(state, { type: "card.merge", cardId: "c8", intoCardId: "c13" }, facilitator).state;
    expect(cardsOf(state, "plain").map((c) => c.id)).toEqual(["c13"]);
    expect(mergedCounts(state).get("c13") ?? 0).toBe(2);
    // The duplicate now points at a card that is still on the wall.
    expect(state.cards.c9?.mergedInto).toBe("c13");
  });

  it("reactions are one per person per card, and null takes one back", () => {
    let state = reacted();
    state = must(state, { type: "card.react", cardId: "c9", reaction: "surprised" }, cleo).state;
    state = must(state, { type: "card.react", cardId: "c9", reaction: "surprised" }, alice).state;
    expect(state.reactions.c9).toEqual({ p2: "surprised", p4: "surprised" });
    state = must(state, { type: "card.react", cardId: "c9", reaction: null }, alice).state;
    expect(state.reactions.c9).toEqual({ p4: "surprised" });
  });
});
