import { describe, expect, it } from "vitest";
import {
  CommandSchema,
  decide,
  type Actor,
  type Agreement,
  type Belief,
  type CommandInput,
  type Timer,
  type WorkshopState,
} from "@/lib/domain";
import {
  T0,
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
  run,
  screen,
  verdict,
  workshop,
  yes,
} from "../../helpers/domain";

const MINUTE = 60_000;
const alice = participant("p2");
const bob = participant("p3");

/** Alice p2 (Sales), Bob p3 (IT) and Cleo p4 (Finance) in the lobby. Next id suffix: 5. */
function people(): WorkshopState {
  let state = workshop();
  for (const [name, teamId, n] of [["Alice", "t1", 1], ["Bob", "t2", 2], ["Cleo", "t3", 3]] as const) {
    state = join(state, name, teamId, n).state;
  }
  return state;
}

/** In "changes" (timebox 10 minutes) [5] with Alice's card c6 and Bob's card c7. */
function changes(): WorkshopState {
  let state = goto(people(), "changes");
  state = must(state, { type: "card.add", phaseId: "changes", text: "Alice" }, alice).state;
  return must(state, { type: "card.add", phaseId: "changes", text: "Bob" }, bob).state;
}

const timed = () => must(changes(), { type: "timer.start" }, facilitator).state;
const spotlit = () => must(changes(), { type: "spotlight.set", ref: { kind: "card", id: "c6" } }, facilitator).state;
const locked = () => must(changes(), { type: "phase.lock", phaseId: "changes", locked: true }, facilitator).state;
const ended = () => must(changes(), { type: "workshop.end" }, facilitator).state;
const inShoes = () => goto(people(), "shoes");
const revealed = () => must(inShoes(), { type: "phase.reveal", phaseId: "shoes" }, facilitator).state;
const atMirror = () => goto(people(), "mirror");

/** Bob's c7 hidden, and Alice's duplicate c9 merged into her c6. */
function moderated(): WorkshopState {
  let state = must(changes(), { type: "card.setHidden", cardId: "c7", hidden: true }, facilitator).state;
  state = must(state, { type: "card.add", phaseId: "changes", text: "Alice again" }, alice).state; // c9
  return must(state, { type: "card.merge", cardId: "c9", intoCardId: "c6" }, facilitator).state;
}

/** A private card phase with Alice's unrevealed card c4. */
function privateCards(): WorkshopState {
  let state = customWorkshop([lobbyPhase(), cardsPhase("secret", { private: true })]);
  state = join(state, "Alice", "t1", 1).state;
  state = goto(state, "secret");
  return must(state, { type: "card.add", phaseId: "secret", text: "Mine" }, alice).state;
}

const BELIEF: Belief = { id: "b1", phaseId: "beliefs", authorId: "p2", aboutTeamId: "t2", cause: "other", text: "x", replies: [], hidden: false, seq: 1 };
const AGREEMENT = { id: "a1", phaseId: "agreements" } as Agreement;
const withBeliefAndAgreement = () => ({ ...changes(), beliefs: { b1: BELIEF }, agreements: { a1: AGREEMENT } });

interface Case {
  name: string;
  state: () => WorkshopState;
  command: CommandInput;
  actor: Actor;
  expected: ReturnType<typeof yes> | ReturnType<typeof no>;
}

const NOT_FACILITATOR: [string, Actor][] = [
  ["a participant", alice],
  ["the screen", screen],
  ["a guest", guest(9)],
];

/** Every control is the facilitator's alone. */
const ROLE_CASES: Case[] = (
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

const cases: Case[] = [
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

describe("phase.goto", () => {
  it("moves the room and leaves no timer or spotlight behind", () => {
    let state = must(spotlit(), { type: "timer.start" }, facilitator).state;
    state = goto(state, "mirror");
    expect(state).toMatchObject({ currentPhaseId: "mirror", timer: null, spotlight: null });
  });

  it("gives everyone present but the removed a team other than their own", () => {
    const present = must(people(), { type: "participant.remove", participantId: "p4" }, facilitator).state;
    const assigned = goto(present, "shoes").assignments.shoes ?? {};
    expect(Object.keys(assigned).sort()).toEqual(["p2", "p3"]);
    for (const [id, teamId] of Object.entries(assigned)) expect(teamId).not.toBe(present.participants[id]?.teamId);
  });
});

describe("phase.lock", () => {
  const PARTICIPANT_INPUT: CommandInput[] = [
    { type: "card.add", phaseId: "changes", text: "Too late" },
    { type: "card.edit", cardId: "c6", text: "Changed" },
    { type: "card.delete", cardId: "c6" },
  ];

  it.each(PARTICIPANT_INPUT)("refuses a participant's $type as closed", (command) => {
    const decision = decide(locked(), CommandSchema.parse(command), { actor: alice, now: T0 });
    expect(verdict(decision)).toEqual(no("closed", /locked input/));
  });

  it.each<CommandInput>([
    { type: "card.edit", cardId: "c6", text: "Moderated" },
    { type: "card.setHidden", cardId: "c6", hidden: true },
    { type: "card.merge", cardId: "c7", intoCardId: "c6" },
  ])("lets the facilitator moderate: $type", (command) => {
    expect(run(locked(), command, facilitator).decision.ok).toBe(true);
  });

  it("takes input again once unlocked", () => {
    const state = must(locked(), { type: "phase.lock", phaseId: "changes", locked: false }, facilitator).state;
    expect(run(state, { type: "card.add", phaseId: "changes", text: "Now" }, alice).decision.ok).toBe(true);
  });

  it("locks one phase only", () => {
    const state = goto(locked(), "brainstorm");
    expect(state.controls.changes?.locked).toBe(true);
    expect(state.controls.brainstorm?.locked).toBe(false);
  });
});

/** What a client shows: counted down locally from the timer's facts. */
function remainingAt(timer: Timer, t: number): number {
  return timer.startedAt === null ? timer.remainingMs : Math.max(0, timer.remainingMs - (t - timer.startedAt));
}

describe("the timer", () => {
  type Step = [CommandInput, number];
  const start: Step = [{ type: "timer.start" }, T0];

  it.each<[string, () => WorkshopState, Step[], Partial<Timer>]>([
    ["starts with the phase's timebox", changes, [start], { phaseId: "changes", durationMs: 10 * MINUTE, remainingMs: 10 * MINUTE, startedAt: T0 }],
    ["starts with explicit minutes", changes, [[{ type: "timer.start", minutes: 3 }, T0]], { durationMs: 3 * MINUTE, remainingMs: 3 * MINUTE, startedAt: T0 }],
    ["starts with 5 minutes in a phase without a timebox", people, [start], { phaseId: "lobby", durationMs: 5 * MINUTE, startedAt: T0 }],
    ["pauses with what is left at `now`", changes, [start, [{ type: "timer.pause" }, T0 + 2 * MINUTE]], { remainingMs: 8 * MINUTE, startedAt: null }],
    ["pausing twice keeps the first pause", changes, [start, [{ type: "timer.pause" }, T0 + MINUTE], [{ type: "timer.pause" }, T0 + 5 * MINUTE]], { remainingMs: 9 * MINUTE, startedAt: null }],
    ["pauses at zero once run out", changes, [start, [{ type: "timer.pause" }, T0 + 60 * MINUTE]], { remainingMs: 0, startedAt: null }],
    ["resumes with what was left", changes, [start, [{ type: "timer.pause" }, T0 + 2 * MINUTE], [{ type: "timer.start" }, T0 + 7 * MINUTE]], { durationMs: 10 * MINUTE, remainingMs: 8 * MINUTE, startedAt: T0 + 7 * MINUTE }],
    ["restarts with explicit minutes while paused", changes, [start, [{ type: "timer.pause" }, T0 + MINUTE], [{ type: "timer.start", minutes: 4 }, T0 + 2 * MINUTE]], { durationMs: 4 * MINUTE, remainingMs: 4 * MINUTE, startedAt: T0 + 2 * MINUTE }],
    ["extends a paused timer by a minute", changes, [start, [{ type: "timer.pause" }, T0 + 2 * MINUTE], [{ type: "timer.extend", minutes: 1 }, T0 + 3 * MINUTE]], { durationMs: 11 * MINUTE, remainingMs: 9 * MINUTE, startedAt: null }],
    ["resets", changes, [start, [{ type: "timer.reset" }, T0 + MINUTE]], {}],
  ])("%s", (_name, state, steps, expected) => {
    let s = state();
    for (const [command, now] of steps) s = must(s, command, facilitator, now).state;
    if (Object.keys(expected).length === 0) expect(s.timer).toBeNull();
    else expect(s.timer).toMatchObject(expected);
  });

  it.each<[string, Step[], [number, number][]]>([
    ["running", [start], [[T0, 10 * MINUTE], [T0 + 4 * MINUTE, 6 * MINUTE], [T0 + 10 * MINUTE, 0], [T0 + 11 * MINUTE, 0]]],
    ["paused", [start, [{ type: "timer.pause" }, T0 + 4 * MINUTE]], [[T0 + 4 * MINUTE, 6 * MINUTE], [T0 + 30 * MINUTE, 6 * MINUTE]]],
    ["resumed", [start, [{ type: "timer.pause" }, T0 + 4 * MINUTE], [{ type: "timer.start" }, T0 + 9 * MINUTE]], [[T0 + 9 * MINUTE, 6 * MINUTE], [T0 + 10 * MINUTE, 5 * MINUTE]]],
    ["extended while running", [start, [{ type: "timer.extend", minutes: 1 }, T0 + 4 * MINUTE]], [[T0 + 4 * MINUTE, 7 * MINUTE], [T0 + 6 * MINUTE, 5 * MINUTE]]],
    // "+1 minute" after the signal gives the room one more minute, not a minute less overrun.
    ["extended after running out", [start, [{ type: "timer.extend", minutes: 1 }, T0 + 15 * MINUTE]], [[T0 + 15 * MINUTE, MINUTE], [T0 + 15 * MINUTE + 20_000, 40_000]]],
  ])("%s: every client counts down to the same remaining time", (_name, steps, checks) => {
    let s = changes();
    for (const [command, now] of steps) s = must(s, command, facilitator, now).state;
    const timer = s.timer;
    if (!timer) throw new Error("no timer");
    for (const [t, remaining] of checks) expect([t - T0, remainingAt(timer, t)]).toEqual([t - T0, remaining]);
  });
});

describe("spotlight and mirror", () => {
  it("the spotlight names what is shown; null clears it", () => {
    const state = spotlit();
    expect(state.spotlight).toEqual({ kind: "card", id: "c6" });
    expect(must(state, { type: "spotlight.set", ref: null }, facilitator).state.spotlight).toBeNull();
  });

  it("the mirror remembers the team on show", () => {
    const state = must(atMirror(), { type: "mirror.show", phaseId: "mirror", teamId: "t3" }, facilitator).state;
    expect(state.controls.mirror?.mirrorTeamId).toBe("t3");
  });
});

describe("workshop.end", () => {
  it("stops the timer and records when it ended", () => {
    const { state, log } = run(timed(), { type: "workshop.end" }, facilitator, T0 + 5000);
    expect(state).toMatchObject({ endedAt: log.at(-1)?.at, timer: null });
    expect(state.endedAt).toBeGreaterThanOrEqual(T0 + 5000);
  });

  it.each<[string, CommandInput, Actor]>([
    ["a new card", { type: "card.add", phaseId: "changes", text: "After" }, alice],
    ["an edit", { type: "card.edit", cardId: "c6", text: "After" }, alice],
    ["a delete", { type: "card.delete", cardId: "c6" }, alice],
    ["a reaction", { type: "card.react", cardId: "c7", reaction: "surprised" }, alice],
    ["done", { type: "participant.done", phaseId: "changes", done: true }, alice],
    ["a new guest joining", { type: "participant.join", name: "Late", teamId: "t1" }, guest(9)],
    ["the facilitator's edit", { type: "card.edit", cardId: "c6", text: "After" }, facilitator],
    ["the facilitator's merge", { type: "card.merge", cardId: "c7", intoCardId: "c6" }, facilitator],
    ["the timer", { type: "timer.start", minutes: 1 }, facilitator],
  ])("then refuses %s as closed", (_name, command, actor) => {
    expect(verdict(decide(ended(), CommandSchema.parse(command), { actor, now: T0 }))).toEqual(
      no("closed", /^The workshop has ended; it is read-only now\.$/),
    );
  });
});
