import { describe, expect, it } from "vitest";
import {
  CommandSchema,
  apply,
  decide,
  deliveries,
  fold,
  viewFor,
  type Actor,
  type CommandInput,
  type Delivery,
  type PhaseOf,
  type SeqEvent,
  type Viewer,
  type WorkshopState,
} from "@/lib/domain";
import { mean, tallied } from "@/lib/domain/features/pulse/distribution";
import { activeCount, pulseSummary } from "@/lib/domain/features/pulse/summary";
import { T0, facilitator, guest, must, outcome, participant, run, screen, workshop } from "./fixtures";

const alice = participant("p2"); // Sales (t1)
const bob = participant("p3"); // IT (t2)
const cleo = participant("p4"); // Sales (t1)
const Q1 = "they-understand";
const Q2 = "i-understand";

/** Alice and Cleo (Sales), Bob (IT); the room is at the check-in. Next seq: 6. */
function checkIn(): WorkshopState {
  let s = workshop();
  s = must(s, { type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)).state;
  s = must(s, { type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)).state;
  s = must(s, { type: "participant.join", name: "Cleo", teamId: "t1" }, guest(3)).state;
  return must(s, { type: "phase.goto", phaseId: "check-in" }, facilitator).state;
}

function answer(state: WorkshopState, actor: Actor, questionId: string, value: number, phaseId = "check-in"): WorkshopState {
  return must(state, { type: "pulse.answer", phaseId, questionId, value }, actor).state;
}

const answered = () => answer(checkIn(), alice, Q1, 3);
const atCheckOut = () => must(answered(), { type: "phase.goto", phaseId: "check-out" }, facilitator).state;
const locked = () => must(checkIn(), { type: "phase.lock", phaseId: "check-in", locked: true }, facilitator).state;
const ended = () => must(checkIn(), { type: "workshop.end" }, facilitator).state;
const inLobby = () => must(checkIn(), { type: "phase.goto", phaseId: "lobby" }, facilitator).state;
const aliceRemoved = () => must(checkIn(), { type: "participant.remove", participantId: "p2" }, facilitator).state;

describe("pulse.answer", () => {
  it.each<[string, () => WorkshopState, CommandInput, Actor, ReturnType<typeof outcome>]>([
    ["a participant answers", checkIn, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 4 }, alice, { events: ["pulse.answered"] }],
    ["a participant changes their answer", answered, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 5 }, alice, { events: ["pulse.answered"] }],
    ["the same answer again changes nothing", answered, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 3 }, alice, { events: [] }],
    ["a late answer lands in a check-in the room has left", atCheckOut, { type: "pulse.answer", phaseId: "check-in", questionId: Q2, value: 2 }, bob, { events: ["pulse.answered"] }],
    ["a question the pulse does not ask", checkIn, { type: "pulse.answer", phaseId: "check-in", questionId: "nope", value: 4 }, alice, { error: "not_found" }],
    ["a pulse not reached yet", checkIn, { type: "pulse.answer", phaseId: "check-out", questionId: Q1, value: 4 }, alice, { error: "closed" }],
    ["a pulse after the room went back", inLobby, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 4 }, alice, { error: "closed" }],
    ["a locked pulse", locked, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 4 }, alice, { error: "closed" }],
    ["an ended workshop", ended, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 4 }, alice, { error: "closed" }],
    ["a phase that is not a pulse", atCheckOut, { type: "pulse.answer", phaseId: "changes", questionId: Q1, value: 4 }, alice, { error: "not_found" }],
    ["an unknown phase", checkIn, { type: "pulse.answer", phaseId: "nope", questionId: Q1, value: 4 }, alice, { error: "not_found" }],
    ["someone removed from the workshop", aliceRemoved, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 4 }, alice, { error: "forbidden" }],
    ["the facilitator", checkIn, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 4 }, facilitator, { error: "forbidden" }],
    ["the screen", checkIn, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 4 }, screen, { error: "forbidden" }],
    ["a guest who has not joined", checkIn, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 4 }, guest(9), { error: "forbidden" }],
  ])("%s", (_name, state, command, actor, expected) => {
    const decision = decide(state(), CommandSchema.parse(command), { actor, now: T0 });
    expect(outcome(decision)).toEqual(expected);
    if (!decision.ok) expect(decision.error.message.length).toBeGreaterThan(0);
  });

  it.each([0, 6, 2.5, -1, "4", null])("refuses %j as an answer at the boundary", (value) => {
    expect(CommandSchema.safeParse({ type: "pulse.answer", phaseId: "check-in", questionId: Q1, value }).success).toBe(false);
  });

  it("names the answer it replaces, and the answerer's team", () => {
    const first = run(checkIn(), { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 3 }, alice);
    const second = run(first.state, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 5 }, alice);
    expect(first.log.map((l) => l.event)).toEqual([
      { type: "pulse.answered", phaseId: "check-in", questionId: Q1, participantId: "p2", teamId: "t1", value: 3, previous: null },
    ]);
    expect(second.log.map((l) => l.event)).toEqual([
      { type: "pulse.answered", phaseId: "check-in", questionId: Q1, participantId: "p2", teamId: "t1", value: 5, previous: 3 },
    ]);
  });
});

describe("pulse.answered", () => {
  it("keeps each answer and counts it once per team, however often it changes", () => {
    let s = checkIn();
    for (const value of [3, 5, 1, 4]) s = answer(s, alice, Q1, value);
    s = answer(s, cleo, Q1, 4);
    s = answer(s, bob, Q1, 2);
    s = answer(s, bob, Q2, 5);
    expect(s.pulseAnswers["check-in"]).toEqual({
      p2: { [Q1]: { value: 4, teamId: "t1" } },
      p3: { [Q1]: { value: 2, teamId: "t2" }, [Q2]: { value: 5, teamId: "t2" } },
      p4: { [Q1]: { value: 4, teamId: "t1" } },
    });
    expect(s.pulseTallies["check-in"]).toEqual({
      [Q1]: { t1: [0, 0, 0, 2, 0], t2: [0, 1, 0, 0, 0] },
      [Q2]: { t2: [0, 0, 0, 0, 1] },
    });
  });

  it("a copy without the answerer still keeps the tallies right", () => {
    const before = answered();
    const event = { type: "pulse.answered" as const, phaseId: "check-in", questionId: Q1, participantId: null, teamId: "t1", value: 5, previous: 3 };
    const after = apply(viewFor(before, { role: "screen" }), { seq: before.seq + 1, at: T0, event });
    expect(after.pulseTallies["check-in"]?.[Q1]?.t1).toEqual([0, 0, 0, 0, 1]);
    expect(after.pulseAnswers["check-in"]).toEqual({});
  });

  it.each<[string, number, number | null, number[]]>([
    ["a first answer", 4, null, [1, 0, 0, 1, 0]],
    ["a changed answer", 2, 1, [0, 1, 0, 0, 0]],
    ["an answer replacing one this copy never counted", 3, 5, [1, 0, 1, 0, 0]],
  ])("tallies %s", (_name, value, previous, expected) => {
    expect(tallied([1, 0, 0, 0, 0], value, previous)).toEqual(expected);
  });
});

/** The copy of a delivery a viewer receives. */
function copyFor(out: Delivery[], viewer: Viewer): SeqEvent {
  const found = out.find(({ to }) => {
    if (viewer.role === "facilitator") return to.kind === "facilitator";
    if (viewer.role === "screen") return to.kind === "screen";
    if (to.kind === "participant") return to.participantId === viewer.participantId;
    return to.kind === "participants" && !to.except.includes(viewer.participantId ?? "");
  });
  if (!found) throw new Error("no copy");
  return found.event;
}

describe("who learns what", () => {
  const start = checkIn();
  const steps: [CommandInput, Actor][] = [
    [{ type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 3 }, alice],
    [{ type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 5 }, bob],
    [{ type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 1 }, alice],
    [{ type: "pulse.answer", phaseId: "check-in", questionId: Q2, value: 2 }, cleo],
  ];
  const log: { stored: SeqEvent; after: WorkshopState }[] = [];
  let final = start;
  for (const [command, actor] of steps) {
    for (const stored of run(final, command, actor).log) {
      final = apply(final, stored);
      log.push({ stored, after: final });
    }
  }

  it.each<[string, Viewer, string | null]>([
    ["the facilitator", { role: "facilitator" }, null],
    ["the screen", { role: "screen" }, null],
    ["Alice", { role: "participant", participantId: "p2" }, "p2"],
    ["Bob", { role: "participant", participantId: "p3" }, "p3"],
    ["any other participant", { role: "participant", participantId: null }, null],
  ])("%s gets the answerer's id only on their own answers", (_name, viewer, me) => {
    for (const { stored, after } of log) {
      const copy = copyFor(deliveries(stored, after), viewer).event;
      if (copy.type !== "pulse.answered" || stored.event.type !== "pulse.answered") throw new Error("not an answer");
      expect(copy).toEqual({ ...stored.event, participantId: stored.event.participantId === me ? me : null });
    }
  });

  it.each<[string, Viewer]>([
    ["the facilitator", { role: "facilitator" }],
    ["the screen", { role: "screen" }],
    ["Alice", { role: "participant", participantId: "p2" }],
    ["Cleo", { role: "participant", participantId: "p4" }],
    ["any other participant", { role: "participant", participantId: null }],
  ])("folding %s's copies gives the same answers and tallies as their view", (_name, viewer) => {
    const folded = fold(log.map(({ stored, after }) => copyFor(deliveries(stored, after), viewer)), viewFor(start, viewer));
    const view = viewFor(final, viewer);
    expect(folded.pulseAnswers).toEqual(view.pulseAnswers);
    expect(folded.pulseTallies).toEqual(view.pulseTallies);
  });

  it("tallies are public; a person's answers reach only them", () => {
    expect(viewFor(final, { role: "screen" }).pulseTallies["check-in"]?.[Q1]).toEqual({ t1: [1, 0, 0, 0, 0], t2: [0, 0, 0, 0, 1] });
    expect(viewFor(final, { role: "participant", participantId: "p2" }).pulseAnswers["check-in"]).toEqual({ p2: { [Q1]: { value: 1, teamId: "t1" } } });
    expect(viewFor(final, { role: "facilitator" }).pulseAnswers["check-in"]).toEqual({});
  });
});

describe("someone moved to another team", () => {
  const moved = () => must(answered(), { type: "participant.move", participantId: "p2", teamId: "t2" }, facilitator).state;

  it("keeps their answers counted for the team they answered in: moving the counts would show how they answered", () => {
    expect(moved().pulseTallies["check-in"]?.[Q1]).toEqual(answered().pulseTallies["check-in"]?.[Q1]);
  });

  it("a changed answer is taken from the team that counted it and counted for their new team", () => {
    const { state, log } = run(moved(), { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 5 }, alice);
    expect(log.map((l) => l.event)).toEqual([
      { type: "pulse.answered", phaseId: "check-in", questionId: Q1, participantId: "p2", teamId: "t2", value: 5, previous: 3, previousTeamId: "t1" },
    ]);
    expect(state.pulseTallies["check-in"]?.[Q1]).toEqual({ t1: [0, 0, 0, 0, 0], t2: [0, 0, 0, 0, 1] });
    expect(state.pulseAnswers["check-in"]?.p2).toEqual({ [Q1]: { value: 5, teamId: "t2" } });
  });

  it("the same answer again counts it for their new team, once", () => {
    const state = answer(answer(moved(), alice, Q1, 3), alice, Q1, 3);
    expect(state.pulseTallies["check-in"]?.[Q1]).toEqual({ t1: [0, 0, 0, 0, 0], t2: [0, 0, 1, 0, 0] });
  });

  it("a copy without the answerer moves the count between the teams too", () => {
    const before = moved();
    const { state, log } = run(before, { type: "pulse.answer", phaseId: "check-in", questionId: Q1, value: 5 }, alice);
    const screenCopy = fold(log.map((l) => copyFor(deliveries(l, state), { role: "screen" })), viewFor(before, { role: "screen" }));
    expect(screenCopy.pulseTallies["check-in"]?.[Q1]).toEqual({ t1: [0, 0, 0, 0, 0], t2: [0, 0, 0, 0, 1] });
  });
});

describe("pulseSummary", () => {
  const phase = (state: WorkshopState, id: string) => state.agenda.find((p) => p.id === id) as PhaseOf<"pulse">;

  /** Check-in: Sales 2 and 4, IT 1. Check-out: Sales 5 and 5, IT 3; nobody from Finance. */
  function day(): WorkshopState {
    let s = answer(answer(answer(checkIn(), alice, Q1, 2), cleo, Q1, 4), bob, Q1, 1);
    s = must(s, { type: "phase.goto", phaseId: "check-out" }, facilitator).state;
    return answer(answer(answer(s, alice, Q1, 5, "check-out"), cleo, Q1, 5, "check-out"), bob, Q1, 3, "check-out");
  }

  it("gives per team and overall the distribution and the mean", () => {
    const [first] = pulseSummary(day(), phase(day(), "check-in"));
    expect(first?.question.id).toBe(Q1);
    expect(first?.overall).toEqual({ distribution: [1, 1, 0, 1, 0], count: 3, mean: 7 / 3 });
    expect(first?.teams.map((t) => [t.team.name, t.stats.count, t.stats.mean])).toEqual([
      ["Sales", 2, 3],
      ["IT", 1, 1],
      ["Finance", 0, null],
    ]);
    expect(first?.shift).toBeNull();
    expect(first?.teams.every((t) => t.shift === null)).toBe(true);
  });

  it("on a check-out, shows the shift of the mean since the check-in, per team and overall", () => {
    const [first, second] = pulseSummary(day(), phase(day(), "check-out"));
    expect(first?.shift).toMatchObject({ before: 7 / 3, after: 13 / 3 });
    expect(first?.shift?.change).toBeCloseTo(2);
    expect(first?.teams.map((t) => [t.team.name, t.shift])).toEqual([
      ["Sales", { before: 3, after: 5, change: 2 }],
      ["IT", { before: 1, after: 3, change: 2 }],
      ["Finance", { before: null, after: null, change: null }],
    ]);
    expect(second?.shift).toEqual({ before: null, after: null, change: null });
  });

  it("shows no shift when the paired phase is not a pulse or does not ask the question", () => {
    const state = day();
    const unpaired = { ...phase(state, "check-out"), options: { ...phase(state, "check-out").options, pairedWith: "changes" } };
    expect(pulseSummary(state, unpaired).every((q) => q.shift === null)).toBe(true);
    const other = { ...unpaired, options: { questions: [{ id: "new", text: "New?" }], pairedWith: "check-in" } };
    expect(pulseSummary(state, other)[0]?.shift).toBeNull();
  });

  it("is empty-handed, not broken, before anyone answers", () => {
    const [first] = pulseSummary(checkIn(), phase(checkIn(), "check-in"));
    expect(first?.overall).toEqual({ distribution: [0, 0, 0, 0, 0], count: 0, mean: null });
  });

  it("counts the people who could answer, without those removed", () => {
    expect(activeCount(checkIn())).toBe(3);
    expect(activeCount(aliceRemoved())).toBe(2);
  });

  it.each<[number[], number | null]>([
    [[0, 0, 0, 0, 0], null],
    [[1, 0, 0, 0, 1], 3],
    [[0, 2, 0, 0, 0], 2],
  ])("the mean of %j is %s", (counts, expected) => {
    expect(mean(counts as [number, number, number, number, number])).toBe(expected);
  });
});
