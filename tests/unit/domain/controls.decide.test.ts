import { describe, expect, it } from "vitest";
import { CommandSchema, decide, type Actor, type Agreement, type Belief } from "@/lib/domain";
import { T0, facilitator, goto, guest, must, no, screen, verdict, yes, type DecideCase } from "../../helpers/domain";
import { alice, atMirror, changes, ended, inShoes, locked, moderated, people, privateCards, revealed, spotlit, timed } from "./controls.fixtures";

const BELIEF: Belief = { id: "b1", phaseId: "beliefs", authorId: "p2", aboutTeamId: "t2", cause: "other", text: "x", replies: [], hidden: false, seq: 1 };
const AGREEMENT = { id: "a1", phaseId: "agreements" } as Agreement;
const withBeliefAndAgreement = () => ({ ...changes(), beliefs: { b1: BELIEF }, agreements: { a1: AGREEMENT } });

const NOT_FACILITATOR: [string, Actor][] = [
  ["a participant", alice],
  ["the screen", screen],
  ["a guest", guest(9)],
];

/** Every control is the facilitator's alone. */
const ROLE_CASES: DecideCase[] = (
  [
    { type: "phase.goto", phaseId: "shoes" },
    { type: "phase.lock", phaseId: "changes", locked: true },
    { type: "phase.reveal", phaseId: "shoes" },
    { type: "timer.start" },
    { type: "timer.pause" },
    { type: "timer.extend", minutes: 1 },
    { type: "timer.reset" },
    { type: "spotlight.set", ref: { kind: "card", id: "c6" } },
    { type: "mirror.show", phaseId: "mirror", teamId: "t1" },
    { type: "workshop.end" },
  ] as const
).flatMap((command) =>
  NOT_FACILITATOR.map(([who, actor]) => ({
    name: `${who} cannot`,
    state: timed,
    command,
    actor,
    expected: no("forbidden", /^Only the facilitator can do that\.$/),
  })),
);

const cases: DecideCase[] = [
  // phase.goto
  { name: "forward to a cards phase", state: people, command: { type: "phase.goto", phaseId: "changes" }, actor: facilitator, expected: yes(["phase.changed"]) },
  { name: "back to the lobby", state: changes, command: { type: "phase.goto", phaseId: "lobby" }, actor: facilitator, expected: yes(["phase.changed"]) },
  { name: "opening a perspective phase assigns everyone present", state: people, command: { type: "phase.goto", phaseId: "shoes" }, actor: facilitator, expected: yes(["phase.changed", "perspective.assigned"]) },
  { name: "coming back to a perspective phase assigns nobody twice", state: () => goto(inShoes(), "mirror"), command: { type: "phase.goto", phaseId: "shoes" }, actor: facilitator, expected: yes(["phase.changed"]) },
  { name: "a running timer is reset", state: timed, command: { type: "phase.goto", phaseId: "mirror" }, actor: facilitator, expected: yes(["phase.changed", "timer.reset"]) },
  { name: "the spotlight is cleared", state: spotlit, command: { type: "phase.goto", phaseId: "mirror" }, actor: facilitator, expected: yes(["phase.changed", "spotlight.changed"]) },
  { name: "the current phase is a no-op", state: timed, command: { type: "phase.goto", phaseId: "changes" }, actor: facilitator, expected: yes([]) },
  { name: "a phase not on the agenda", state: people, command: { type: "phase.goto", phaseId: "nope" }, actor: facilitator, expected: no("not_found", /not on the agenda/) },
  { name: "after the end", state: ended, command: { type: "phase.goto", phaseId: "lobby" }, actor: facilitator, expected: no("closed", /ended/) },

  // phase.lock
  { name: "lock", state: changes, command: { type: "phase.lock", phaseId: "changes", locked: true }, actor: facilitator, expected: yes(["phase.locked"]) },
  { name: "lock a locked phase", state: locked, command: { type: "phase.lock", phaseId: "changes", locked: true }, actor: facilitator, expected: yes([]) },
  { name: "unlock", state: locked, command: { type: "phase.lock", phaseId: "changes", locked: false }, actor: facilitator, expected: yes(["phase.locked"]) },
  { name: "unlock an open phase", state: changes, command: { type: "phase.lock", phaseId: "changes", locked: false }, actor: facilitator, expected: yes([]) },
  { name: "lock a phase not on the agenda", state: changes, command: { type: "phase.lock", phaseId: "nope", locked: true }, actor: facilitator, expected: no("not_found", /not on the agenda/) },
  { name: "lock after the end", state: ended, command: { type: "phase.lock", phaseId: "changes", locked: true }, actor: facilitator, expected: no("closed", /ended/) },

  // phase.reveal
  { name: "reveal a private perspective phase", state: inShoes, command: { type: "phase.reveal", phaseId: "shoes" }, actor: facilitator, expected: yes(["phase.revealed"]) },
  { name: "reveal a private cards phase", state: privateCards, command: { type: "phase.reveal", phaseId: "secret" }, actor: facilitator, expected: yes(["phase.revealed"]) },
  { name: "reveal twice", state: revealed, command: { type: "phase.reveal", phaseId: "shoes" }, actor: facilitator, expected: yes([]) },
  { name: "reveal a public cards phase", state: changes, command: { type: "phase.reveal", phaseId: "changes" }, actor: facilitator, expected: no("invalid_input", /no private writing/) },
  { name: "reveal the lobby", state: changes, command: { type: "phase.reveal", phaseId: "lobby" }, actor: facilitator, expected: no("invalid_input", /no private writing/) },
  { name: "reveal a phase not on the agenda", state: changes, command: { type: "phase.reveal", phaseId: "nope" }, actor: facilitator, expected: no("not_found", /not on the agenda/) },
  { name: "reveal after the end", state: () => must(inShoes(), { type: "workshop.end" }, facilitator).state, command: { type: "phase.reveal", phaseId: "shoes" }, actor: facilitator, expected: no("closed", /ended/) },

  // timer
  { name: "start", state: changes, command: { type: "timer.start" }, actor: facilitator, expected: yes(["timer.started"]) },
  { name: "start a running timer", state: timed, command: { type: "timer.start" }, actor: facilitator, expected: yes([]) },
  { name: "restart a running timer with a length", state: timed, command: { type: "timer.start", minutes: 2 }, actor: facilitator, expected: yes(["timer.started"]) },
  { name: "start after the end", state: ended, command: { type: "timer.start" }, actor: facilitator, expected: no("closed", /ended/) },
  { name: "pause without a timer", state: changes, command: { type: "timer.pause" }, actor: facilitator, expected: yes([]) },
  { name: "extend without a timer", state: changes, command: { type: "timer.extend", minutes: 1 }, actor: facilitator, expected: no("not_found", /no timer to extend/) },
  { name: "reset", state: timed, command: { type: "timer.reset" }, actor: facilitator, expected: yes(["timer.reset"]) },
  { name: "reset without a timer", state: changes, command: { type: "timer.reset" }, actor: facilitator, expected: yes([]) },

  // spotlight.set
  { name: "a card", state: changes, command: { type: "spotlight.set", ref: { kind: "card", id: "c6" } }, actor: facilitator, expected: yes(["spotlight.changed"]) },
  { name: "another card", state: spotlit, command: { type: "spotlight.set", ref: { kind: "card", id: "c7" } }, actor: facilitator, expected: yes(["spotlight.changed"]) },
  { name: "the card already in the spotlight", state: spotlit, command: { type: "spotlight.set", ref: { kind: "card", id: "c6" } }, actor: facilitator, expected: yes([]) },
  { name: "null clears it", state: spotlit, command: { type: "spotlight.set", ref: null }, actor: facilitator, expected: yes(["spotlight.changed"]) },
  { name: "null without a spotlight", state: changes, command: { type: "spotlight.set", ref: null }, actor: facilitator, expected: yes([]) },
  { name: "a belief", state: withBeliefAndAgreement, command: { type: "spotlight.set", ref: { kind: "belief", id: "b1" } }, actor: facilitator, expected: yes(["spotlight.changed"]) },
  { name: "an agreement", state: withBeliefAndAgreement, command: { type: "spotlight.set", ref: { kind: "agreement", id: "a1" } }, actor: facilitator, expected: yes(["spotlight.changed"]) },
  { name: "an unknown card", state: changes, command: { type: "spotlight.set", ref: { kind: "card", id: "c99" } }, actor: facilitator, expected: no("not_found", /nothing with that id/) },
  { name: "a card id as a belief", state: changes, command: { type: "spotlight.set", ref: { kind: "belief", id: "c6" } }, actor: facilitator, expected: no("not_found", /nothing with that id/) },
  { name: "an unknown agreement", state: changes, command: { type: "spotlight.set", ref: { kind: "agreement", id: "a9" } }, actor: facilitator, expected: no("not_found", /nothing with that id/) },
  { name: "a hidden card the room cannot see", state: moderated, command: { type: "spotlight.set", ref: { kind: "card", id: "c7" } }, actor: facilitator, expected: no("invalid_input", /room cannot see/) },
  { name: "a card merged into another", state: moderated, command: { type: "spotlight.set", ref: { kind: "card", id: "c9" } }, actor: facilitator, expected: no("invalid_input", /room cannot see/) },
  { name: "a private card before the reveal", state: privateCards, command: { type: "spotlight.set", ref: { kind: "card", id: "c4" } }, actor: facilitator, expected: no("invalid_input", /room cannot see/) },
  { name: "a private card after the reveal", state: () => must(privateCards(), { type: "phase.reveal", phaseId: "secret" }, facilitator).state, command: { type: "spotlight.set", ref: { kind: "card", id: "c4" } }, actor: facilitator, expected: yes(["spotlight.changed"]) },

  // mirror.show
  { name: "a team in the mirror", state: atMirror, command: { type: "mirror.show", phaseId: "mirror", teamId: "t2" }, actor: facilitator, expected: yes(["mirror.shown"]) },
  { name: "the team already shown", state: () => must(atMirror(), { type: "mirror.show", phaseId: "mirror", teamId: "t2" }, facilitator).state, command: { type: "mirror.show", phaseId: "mirror", teamId: "t2" }, actor: facilitator, expected: yes([]) },
  { name: "a phase that is not a mirror", state: atMirror, command: { type: "mirror.show", phaseId: "shoes", teamId: "t2" }, actor: facilitator, expected: no("not_found", /not a mirror/) },
  { name: "a phase not on the agenda", state: atMirror, command: { type: "mirror.show", phaseId: "nope", teamId: "t2" }, actor: facilitator, expected: no("not_found", /not a mirror/) },
  { name: "an unknown team", state: atMirror, command: { type: "mirror.show", phaseId: "mirror", teamId: "t9" }, actor: facilitator, expected: no("not_found", /team is not part/) },

  // workshop.end
  { name: "end", state: changes, command: { type: "workshop.end" }, actor: facilitator, expected: yes(["workshop.ended"]) },
  { name: "end with the timer running", state: timed, command: { type: "workshop.end" }, actor: facilitator, expected: yes(["timer.reset", "workshop.ended"]) },
  { name: "end twice", state: ended, command: { type: "workshop.end" }, actor: facilitator, expected: yes([]) },

  ...ROLE_CASES,
];

describe("controls: decide", () => {
  it.each(cases)("$command.type: $name", ({ state, command, actor, expected }) => {
    expect(verdict(decide(state(), CommandSchema.parse(command), { actor, now: T0 }))).toEqual(expected);
  });
});
