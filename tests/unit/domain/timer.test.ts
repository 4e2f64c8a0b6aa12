import { describe, expect, it } from "vitest";
import { apply, deliveries, viewFor, type DomainEvent, type SeqEvent, type Timer, type WorkshopState } from "@/lib/domain";
import { formatClock, msUntilNextSecond, remainingAt, secondsLeft, spokenClock } from "@/app/_components/controls/timerMath";
import { T0, facilitator, goto, join, must, workshop } from "../../helpers/domain";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

const running = (remainingMs: number, startedAt = T0): Timer => ({ phaseId: "changes", durationMs: 10 * MINUTE, remainingMs, startedAt });
const paused = (remainingMs: number): Timer => ({ phaseId: "changes", durationMs: 10 * MINUTE, remainingMs, startedAt: null });

describe("timer arithmetic (what every clock shows)", () => {
  it.each<[string, Timer, number, number]>([
    ["running, at the start", running(10 * MINUTE), T0, 10 * MINUTE],
    ["running, 4 minutes in", running(10 * MINUTE), T0 + 4 * MINUTE, 6 * MINUTE],
    ["running, exactly at the end", running(10 * MINUTE), T0 + 10 * MINUTE, 0],
    ["running, long after the end: never negative", running(10 * MINUTE), T0 + 60 * MINUTE, 0],
    ["paused: time passing changes nothing", paused(3 * MINUTE), T0 + 60 * MINUTE, 3 * MINUTE],
    ["paused at zero", paused(0), T0, 0],
  ])("%s", (_name, timer, serverNow, expected) => {
    expect(remainingAt(timer, serverNow)).toBe(expected);
  });

  it.each<[string, number, number]>([
    ["a whole minute left", 60 * SECOND, 60],
    ["1 ms left still shows 0:01", 1, 1],
    ["999 ms left shows 0:01", 999, 1],
    ["1001 ms left shows 0:02", 1001, 2],
    ["nothing left", 0, 0],
  ])("seconds shown: %s", (_name, left, seconds) => {
    expect(secondsLeft(running(left), T0)).toBe(seconds);
  });

  it.each<[string, number, number]>([
    ["on a whole second, the next change is a second away", 5 * SECOND, SECOND],
    ["mid-second, it is the rest of that second", 5 * SECOND + 250, 250],
    ["just after a change", 4 * SECOND + 999, 999],
  ])("next tick: %s", (_name, left, wait) => {
    expect(msUntilNextSecond(running(left), T0)).toBe(wait);
  });

  it.each<[number, string, string]>([
    [0, "0:00", "0 seconds"],
    [1, "0:01", "1 second"],
    [59, "0:59", "59 seconds"],
    [60, "1:00", "1 minute"],
    [61, "1:01", "1 minute 1 second"],
    [245, "4:05", "4 minutes 5 seconds"],
    [3600, "1:00:00", "60 minutes"],
    [3725, "1:02:05", "62 minutes 5 seconds"],
  ])("%i s reads %s and is spoken as %s", (seconds, clock, spoken) => {
    expect(formatClock(seconds)).toBe(clock);
    expect(spokenClock(seconds)).toBe(spoken);
  });

  it("a clock behind or ahead of the server's shows the same with its offset", () => {
    const timer = running(10 * MINUTE);
    const serverNow = T0 + 4 * MINUTE;
    // A phone whose clock is 7 s slow, one 90 s fast: `serverTime − Date.now()` from session:ready.
    for (const skew of [-7 * SECOND, 90 * SECOND]) {
      const phoneNow = serverNow + skew;
      const offset = serverNow - phoneNow;
      expect(remainingAt(timer, phoneNow + offset)).toBe(6 * MINUTE);
    }
  });
});

/** The state in "changes" (timebox 10 min) with one participant, Alice p2; next seq 4. */
function inChanges(): WorkshopState {
  return goto(join(workshop(), "Alice", "t1", 1).state, "changes");
}

/** Folds raw timer events, each at its own server time. */
function fold(state: WorkshopState, steps: readonly [DomainEvent, number][]): WorkshopState {
  return steps.reduce((s, [event, at], i) => apply(s, { seq: state.seq + 1 + i, at, event }), state);
}

const started = (ms = 10 * MINUTE): DomainEvent => ({ type: "timer.started", phaseId: "changes", durationMs: ms, remainingMs: ms });

describe("folding the timer events (no ticks: only facts with their time)", () => {
  it.each<[string, [DomainEvent, number][], [at: number, left: number][], Partial<Timer> | null]>([
    ["started: counts down from the event's time", [[started(), T0]], [[T0, 10 * MINUTE], [T0 + 3 * MINUTE, 7 * MINUTE]], { startedAt: T0, remainingMs: 10 * MINUTE }],
    [
      "paused: frozen at what the server said was left",
      [[started(), T0], [{ type: "timer.paused", remainingMs: 8 * MINUTE }, T0 + 2 * MINUTE]],
      [[T0 + 2 * MINUTE, 8 * MINUTE], [T0 + 50 * MINUTE, 8 * MINUTE]],
      { startedAt: null, remainingMs: 8 * MINUTE, durationMs: 10 * MINUTE },
    ],
    [
      "resumed: counts down again from the resume",
      [[started(), T0], [{ type: "timer.paused", remainingMs: 8 * MINUTE }, T0 + 2 * MINUTE], [{ type: "timer.started", phaseId: "changes", durationMs: 10 * MINUTE, remainingMs: 8 * MINUTE }, T0 + 5 * MINUTE]],
      [[T0 + 5 * MINUTE, 8 * MINUTE], [T0 + 6 * MINUTE, 7 * MINUTE]],
      { startedAt: T0 + 5 * MINUTE, durationMs: 10 * MINUTE },
    ],
    [
      "extended while running: a minute more than what is left now",
      [[started(), T0], [{ type: "timer.extended", addMs: MINUTE }, T0 + 4 * MINUTE]],
      [[T0 + 4 * MINUTE, 7 * MINUTE], [T0 + 10 * MINUTE, MINUTE], [T0 + 11 * MINUTE, 0]],
      { durationMs: 11 * MINUTE, startedAt: T0 + 4 * MINUTE },
    ],
    [
      "extended while paused: stays paused, a minute more",
      [[started(), T0], [{ type: "timer.paused", remainingMs: 6 * MINUTE }, T0 + 4 * MINUTE], [{ type: "timer.extended", addMs: MINUTE }, T0 + 9 * MINUTE]],
      [[T0 + 9 * MINUTE, 7 * MINUTE], [T0 + 30 * MINUTE, 7 * MINUTE]],
      { durationMs: 11 * MINUTE, startedAt: null, remainingMs: 7 * MINUTE },
    ],
    [
      "ran out: stays at zero, however long ago",
      [[started(), T0]],
      [[T0 + 10 * MINUTE, 0], [T0 + 3 * 60 * MINUTE, 0]],
      { startedAt: T0, remainingMs: 10 * MINUTE },
    ],
    [
      "extended after running out: the room gets the whole extra minute",
      [[started(), T0], [{ type: "timer.extended", addMs: MINUTE }, T0 + 25 * MINUTE]],
      [[T0 + 25 * MINUTE, MINUTE], [T0 + 25 * MINUTE + 20 * SECOND, 40 * SECOND], [T0 + 27 * MINUTE, 0]],
      { durationMs: 11 * MINUTE, remainingMs: MINUTE, startedAt: T0 + 25 * MINUTE },
    ],
    ["reset: no timer at all", [[started(), T0], [{ type: "timer.reset" }, T0 + MINUTE]], [], null],
    ["paused without a timer: nothing", [[{ type: "timer.paused", remainingMs: 5 }, T0]], [], null],
    ["extended without a timer: nothing", [[{ type: "timer.extended", addMs: MINUTE }, T0]], [], null],
  ])("%s", (_name, steps, checks, expected) => {
    const { timer } = fold(inChanges(), steps);
    if (expected === null) {
      expect(timer).toBeNull();
      return;
    }
    expect(timer).toMatchObject(expected);
    if (!timer) throw new Error("no timer");
    for (const [at, left] of checks) expect({ at: at - T0, left: remainingAt(timer, at) }).toEqual({ at: at - T0, left });
  });

  it("every audience receives the same timer events and folds the same timer", () => {
    let server = inChanges();
    const views = { facilitator: viewFor(server, { role: "facilitator" }), screen: viewFor(server, { role: "screen" }), alice: viewFor(server, { role: "participant", participantId: "p2" }) };
    const steps: [DomainEvent, number][] = [[started(), T0], [{ type: "timer.paused", remainingMs: 7 * MINUTE }, T0 + 3 * MINUTE], [{ type: "timer.extended", addMs: 2 * MINUTE }, T0 + 4 * MINUTE]];
    for (const [event, at] of steps) {
      const stored: SeqEvent = { seq: server.seq + 1, at, event };
      server = apply(server, stored);
      const out = deliveries(stored, server);
      // One copy per audience, all alike: the timer is the room's, nobody's secret.
      expect(out.map((d) => d.event)).toEqual(out.map(() => stored));
      views.facilitator = apply(views.facilitator, stored);
      views.screen = apply(views.screen, stored);
      views.alice = apply(views.alice, stored);
    }
    expect(server.timer).toEqual({ phaseId: "changes", durationMs: 12 * MINUTE, remainingMs: 9 * MINUTE, startedAt: null });
    for (const view of Object.values(views)) expect(view.timer).toEqual(server.timer);
  });

  it("a new phase and the end of the workshop take the timer away", () => {
    const timed = must(inChanges(), { type: "timer.start" }, facilitator).state;
    expect(goto(timed, "shoes").timer).toBeNull();
    expect(must(timed, { type: "workshop.end" }, facilitator).state.timer).toBeNull();
  });
});
