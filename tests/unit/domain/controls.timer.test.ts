import { describe, expect, it } from "vitest";
import type { CommandInput, Timer, WorkshopState } from "@/lib/domain";
import { T0, facilitator, must } from "../../helpers/domain";
import { MINUTE, changes, people } from "./controls.fixtures";

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
