import { describe, expect, it } from "vitest";
import { CommandSchema, decide, type CommandInput, type WorkshopState } from "@/lib/domain";
import {
  T0,
  facilitator,
  goto,
  guest,
  hash,
  join,
  must,
  no,
  participant,
  run,
  screen,
  verdict,
  workshop,
  yes,
  type DecideCase,
} from "../../helpers/domain";

/** Alice p2 (Sales, guest 1) and Bob p3 (IT, guest 2) in the lobby. Next id suffix: 4. */
function lobby(): WorkshopState {
  return join(join(workshop(), "Alice", "t1", 1).state, "Bob", "t2", 2).state;
}
const ended = () => must(lobby(), { type: "workshop.end" }, facilitator).state;
const bobRemoved = () => must(lobby(), { type: "participant.remove", participantId: "p3" }, facilitator).state;
/** The room is in "In their shoes": Alice and Bob were given a team to write as. */
const inShoes = () => goto(lobby(), "shoes");
const aliceDone = () => must(lobby(), { type: "participant.done", phaseId: "lobby", done: true }, participant("p2")).state;

const alice = participant("p2");
const bob = participant("p3");

const cases: DecideCase[] = [
  // participant.join: a phone that has not joined yet becomes someone, once.
  { name: "a new guest joins", state: lobby, command: { type: "participant.join", name: "Cleo", teamId: "t3" }, actor: guest(3), expected: yes(["participant.joined"], "p4") },
  { name: "a known token gets the same participant back", state: lobby, command: { type: "participant.join", name: "Alice again", teamId: "t3" }, actor: guest(1), expected: yes([], "p2") },
  { name: "a known token wins over an unknown team", state: lobby, command: { type: "participant.join", name: "Bob", teamId: "t99" }, actor: guest(2), expected: yes([], "p3") },
  { name: "a participant joining again stays who they are", state: lobby, command: { type: "participant.join", name: "Alice", teamId: "t2" }, actor: alice, expected: yes([], "p2") },
  { name: "an unknown team", state: lobby, command: { type: "participant.join", name: "Cleo", teamId: "t99" }, actor: guest(3), expected: no("not_found", /team is not part of this workshop/) },
  { name: "the facilitator cannot join", state: lobby, command: { type: "participant.join", name: "Fac", teamId: "t1" }, actor: facilitator, expected: no("forbidden", /has not joined yet/) },
  { name: "the screen cannot join", state: lobby, command: { type: "participant.join", name: "Screen", teamId: "t1" }, actor: screen, expected: no("forbidden", /has not joined yet/) },
  { name: "a new guest after the workshop ended", state: ended, command: { type: "participant.join", name: "Cleo", teamId: "t1" }, actor: guest(3), expected: no("closed", /ended/) },
  { name: "a known token after the end still comes back to read", state: ended, command: { type: "participant.join", name: "Alice", teamId: "t1" }, actor: guest(1), expected: yes([], "p2") },
  { name: "a removed participant's token is refused", state: bobRemoved, command: { type: "participant.join", name: "Bob", teamId: "t2" }, actor: guest(2), expected: no("forbidden", /removed you/) },
  { name: "a removed participant is refused", state: bobRemoved, command: { type: "participant.join", name: "Bob", teamId: "t2" }, actor: bob, expected: no("forbidden", /removed you/) },
  { name: "a late joiner in an opened perspective phase gets a team to write as", state: inShoes, command: { type: "participant.join", name: "Cleo", teamId: "t3" }, actor: guest(3), expected: yes(["participant.joined", "perspective.assigned"], "p6") },
  { name: "a perspective phase opened before anyone joined still assigns the first joiner", state: () => goto(workshop(), "shoes"), command: { type: "participant.join", name: "Cleo", teamId: "t3" }, actor: guest(3), expected: yes(["participant.joined", "perspective.assigned"], "p3") },
  { name: "a joiner before any perspective phase gets no assignment", state: () => goto(lobby(), "changes"), command: { type: "participant.join", name: "Cleo", teamId: "t3" }, actor: guest(3), expected: yes(["participant.joined"], "p5") },

  // participant.move: the facilitator fixes a wrong team.
  { name: "the facilitator moves someone", state: lobby, command: { type: "participant.move", participantId: "p3", teamId: "t3" }, actor: facilitator, expected: yes(["participant.moved"], "p3") },
  { name: "a move to the team they are in changes nothing", state: lobby, command: { type: "participant.move", participantId: "p3", teamId: "t2" }, actor: facilitator, expected: yes([], "p3") },
  { name: "a move to an unknown team", state: lobby, command: { type: "participant.move", participantId: "p3", teamId: "t99" }, actor: facilitator, expected: no("not_found", /team is not part/) },
  { name: "a move of an unknown person", state: lobby, command: { type: "participant.move", participantId: "p99", teamId: "t1" }, actor: facilitator, expected: no("not_found", /person is not in the workshop/) },
  { name: "a move of a removed person", state: bobRemoved, command: { type: "participant.move", participantId: "p3", teamId: "t1" }, actor: facilitator, expected: no("not_found", /person is not in the workshop/) },
  { name: "a participant cannot move people", state: lobby, command: { type: "participant.move", participantId: "p3", teamId: "t1" }, actor: alice, expected: no("forbidden", /Only the facilitator can do that/) },
  { name: "a participant cannot move themselves", state: lobby, command: { type: "participant.move", participantId: "p2", teamId: "t2" }, actor: alice, expected: no("forbidden", /Only the facilitator/) },
  { name: "the screen cannot move people", state: lobby, command: { type: "participant.move", participantId: "p3", teamId: "t1" }, actor: screen, expected: no("forbidden", /Only the facilitator/) },

  // participant.remove
  { name: "the facilitator removes someone", state: lobby, command: { type: "participant.remove", participantId: "p3" }, actor: facilitator, expected: yes(["participant.removed"], "p3") },
  { name: "removing them again changes nothing", state: bobRemoved, command: { type: "participant.remove", participantId: "p3" }, actor: facilitator, expected: yes([], "p3") },
  { name: "removing an unknown person", state: lobby, command: { type: "participant.remove", participantId: "p99" }, actor: facilitator, expected: no("not_found", /person is not in the workshop/) },
  { name: "a participant cannot remove people", state: lobby, command: { type: "participant.remove", participantId: "p3" }, actor: alice, expected: no("forbidden", /Only the facilitator can do that/) },
  { name: "a guest cannot remove people", state: lobby, command: { type: "participant.remove", participantId: "p3" }, actor: guest(3), expected: no("forbidden", /Only the facilitator/) },
  { name: "the screen cannot remove people", state: lobby, command: { type: "participant.remove", participantId: "p3" }, actor: screen, expected: no("forbidden", /Only the facilitator/) },

  // participant.done: "I'm done", and undone.
  { name: "a participant is done", state: lobby, command: { type: "participant.done", phaseId: "lobby", done: true }, actor: alice, expected: yes(["participant.doneChanged"]) },
  { name: "done twice is done once", state: aliceDone, command: { type: "participant.done", phaseId: "lobby", done: true }, actor: alice, expected: yes([]) },
  { name: "a participant takes it back", state: aliceDone, command: { type: "participant.done", phaseId: "lobby", done: false }, actor: alice, expected: yes(["participant.doneChanged"]) },
  { name: "not done when never done changes nothing", state: lobby, command: { type: "participant.done", phaseId: "lobby", done: false }, actor: alice, expected: yes([]) },
  { name: "someone else's done does not count as mine", state: aliceDone, command: { type: "participant.done", phaseId: "lobby", done: true }, actor: bob, expected: yes(["participant.doneChanged"]) },
  { name: "done with a phase not on the agenda", state: lobby, command: { type: "participant.done", phaseId: "nope", done: true }, actor: alice, expected: no("not_found", /not on the agenda/) },
  { name: "the facilitator is never done", state: lobby, command: { type: "participant.done", phaseId: "lobby", done: true }, actor: facilitator, expected: no("forbidden", /Join the workshop first/) },
  { name: "the screen is never done", state: lobby, command: { type: "participant.done", phaseId: "lobby", done: true }, actor: screen, expected: no("forbidden", /Join the workshop first/) },
  {
    name: "an actor whose id is a name every object has is no participant",
    state: lobby,
    command: { type: "participant.done", phaseId: "lobby", done: true },
    actor: participant("__proto__"),
    expected: no("forbidden", /Join the workshop first/),
  },
  { name: "a guest is not done before joining", state: lobby, command: { type: "participant.done", phaseId: "lobby", done: true }, actor: guest(3), expected: no("forbidden", /Join the workshop first/) },
  { name: "done after the workshop ended", state: ended, command: { type: "participant.done", phaseId: "lobby", done: true }, actor: alice, expected: no("closed", /ended/) },
];

describe("participants: decide", () => {
  it.each(cases)("$command.type: $name", ({ state, command, actor, expected }) => {
    expect(verdict(decide(state(), CommandSchema.parse(command), { actor, now: T0 }))).toEqual(expected);
  });
});

describe("participants: what joining does", () => {
  it("binds the guest's token to the new participant, who is in their team and not removed", () => {
    const { state, id } = join(lobby(), "Cleo", "t3", 3);
    expect(state.participants[id]).toEqual({ id: "p4", name: "Cleo", teamId: "t3", joinedAt: T0, removed: false });
    expect(state.secrets?.participantByTokenHash[hash(3)]).toBe("p4");
  });

  it("joining twice with one token makes one participant", () => {
    const first = join(workshop(), "Cleo", "t1", 5);
    const again = run(first.state, { type: "participant.join", name: "Cleo", teamId: "t1" }, guest(5));
    expect(Object.keys(again.state.participants)).toEqual([first.id]);
  });

  it.each([
    ["present when the phase opened", inShoes, "p6"],
    ["joining a perspective phase that opened empty", () => goto(workshop(), "shoes"), "p3"],
  ])("a late joiner %s writes as a team other than their own", (_name, state, id) => {
    const { state: after } = join(state(), "Cleo", "t3", 3);
    const given = after.assignments.shoes?.[id];
    expect(given).toBeDefined();
    expect(given).not.toBe("t3");
  });

  it("keeps the assignments of those already present", () => {
    const before = inShoes().assignments.shoes;
    const { state } = join(inShoes(), "Cleo", "t3", 3);
    expect(state.assignments.shoes).toMatchObject(before ?? {});
  });
});

describe("participants: moving and removing", () => {
  it("a move changes the team for what they write next, not what they wrote", () => {
    let state = goto(lobby(), "changes");
    state = must(state, { type: "card.add", phaseId: "changes", text: "Before" }, bob).state;
    state = must(state, { type: "participant.move", participantId: "p3", teamId: "t3" }, facilitator).state;
    const { state: after, id } = must(state, { type: "card.add", phaseId: "changes", text: "After" }, bob);
    expect(after.participants.p3?.teamId).toBe("t3");
    expect(after.cards.c5?.teamId).toBe("t2");
    expect(after.cards[id]?.teamId).toBe("t3");
  });

  it("a removed participant stays on record, marked removed, their token still mapped", () => {
    const state = bobRemoved();
    expect(state.participants.p3).toMatchObject({ name: "Bob", teamId: "t2", removed: true });
    expect(state.secrets?.participantByTokenHash[hash(2)]).toBe("p3");
  });

  const REMOVED_COMMANDS: CommandInput[] = [
    { type: "participant.join", name: "Bob", teamId: "t2" },
    { type: "participant.done", phaseId: "changes", done: true },
    { type: "card.add", phaseId: "changes", text: "Still here" },
    { type: "card.edit", cardId: "c5", text: "Changed" },
    { type: "card.delete", cardId: "c5" },
    { type: "card.react", cardId: "c6", reaction: "recognised" },
  ];

  it.each(REMOVED_COMMANDS)("a removed participant's $type is refused with the reason", (command) => {
    let state = goto(lobby(), "changes");
    state = must(state, { type: "card.add", phaseId: "changes", text: "Bob's" }, bob).state; // c5
    state = must(state, { type: "card.add", phaseId: "changes", text: "Alice's" }, alice).state; // c6
    state = must(state, { type: "participant.remove", participantId: "p3" }, facilitator).state;
    const decision = decide(state, CommandSchema.parse(command), { actor: bob, now: T0 });
    expect(verdict(decision)).toEqual(no("forbidden", /^The facilitator removed you from this workshop\.$/));
    // What they wrote stays, still naming their team.
    expect(state.cards.c5).toMatchObject({ text: "Bob's", teamId: "t2" });
  });

  it("the done flags of a phase list who pressed it, once each", () => {
    let state = aliceDone();
    state = must(state, { type: "participant.done", phaseId: "lobby", done: true }, bob).state;
    state = must(state, { type: "participant.done", phaseId: "lobby", done: true }, alice).state;
    expect(state.controls.lobby?.done).toEqual(["p2", "p3"]);
    state = must(state, { type: "participant.done", phaseId: "lobby", done: false }, alice).state;
    expect(state.controls.lobby?.done).toEqual(["p3"]);
  });
});
