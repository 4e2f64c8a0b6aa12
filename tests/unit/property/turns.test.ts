import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actorKey, apply, CommandSchema, decide, deliveries, type Actor, type Command, type SeqEvent, type WorkshopState } from "@/lib/domain";
import { planTurn, type Waiting } from "@/server/rooms/turn";
import { T0, workshop } from "../../helpers/domain";
import { interpret, step, type Step } from "./model";

/** The commands of `steps`, each as the phone would send it seeing `state`; those that do not parse are left out. */
function commandsFor(state: WorkshopState, steps: Step[], prefix: string): Waiting[] {
  return steps.flatMap((s, i) => {
    const { actor, command } = interpret(state, s);
    const parsed = CommandSchema.safeParse(command);
    return parsed.success ? [{ commandId: `${prefix}-${i}-xxxxxxxx`, command: parsed.data as Command, actor }] : [];
  });
}

/**
 * One command at a time, as a room without turns: decide, then apply, each on the state before;
 * a command already carried out gets its first answer again.
 */
function oneByOne(state: WorkshopState, commands: Waiting[], clock: () => number) {
  const answers: unknown[] = [];
  const events: SeqEvent[] = [];
  const done = new Map<string, unknown>();
  for (const { commandId, command, actor } of commands) {
    const key = `${actorKey(actor)}:${commandId}`;
    if (done.has(key)) {
      answers.push({ ok: true, data: done.get(key) });
      continue;
    }
    const now = clock();
    const decision = decide(state, command, { actor, now });
    if (!decision.ok) {
      answers.push({ ok: false, error: decision.error });
      continue;
    }
    for (const event of decision.events) {
      const numbered = { seq: state.seq + 1, at: now, event };
      state = apply(state, numbered);
      events.push(numbered);
    }
    done.set(key, { seq: state.seq, ...decision.result });
    answers.push({ ok: true, data: done.get(key) });
  }
  return { state, answers, events };
}

const counter = (from: number) => {
  let t = from;
  return () => (t += 1000);
};

describe("a turn's commands decided together (server/rooms/turn.ts)", () => {
  it("come to what one at a time would: the same answers, events, copies and state, and leave the room's state untouched", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 0, maxLength: 60 }), fc.array(step, { minLength: 2, maxLength: 30 }), (before, during) => {
        // A day so far, played one command at a time: the room's state when the turn starts.
        const start = oneByOne(workshop(), commandsFor(workshop(), before, "before"), counter(T0)).state;
        const untouched = structuredClone(start);
        const commands = commandsFor(start, during, "turn");
        // Once more in the turn: a phone that sent a command twice.
        if (commands.length > 0) commands.push({ ...commands[0]! });

        const turn = planTurn(start, commands, new Map(), counter(T0 + 10_000_000));
        const single = oneByOne(start, commands, counter(T0 + 10_000_000));

        // The retry, if the first was carried out, is answered as the first.
        if (turn.answers[0]?.ok) expect(turn.answers[turn.answers.length - 1]).toEqual(turn.answers[0]);
        expect(turn.answers).toEqual(single.answers);
        expect(turn.events.map(({ seq, at, event }) => ({ seq, at, event }))).toEqual(single.events);
        expect(turn.state).toEqual(single.state);
        expect(start).toEqual(untouched);
        // Each event's copies are those of the state right after it, as one at a time makes them.
        let state = start;
        turn.events.forEach((e, i) => {
          state = apply(state, e);
          expect(turn.copies[i]).toEqual(deliveries(e, state));
        });
        accepted += turn.events.length;
      }),
      { numRuns: 150 },
    );
    expect(accepted, "the turns must carry real commands out, not only refuse them").toBeGreaterThan(100);
  });

  it("answers a command the room already carried out with its first answer, and carries it out no more", () => {
    const state = workshop();
    const actor: Actor = { role: "facilitator" };
    const command = CommandSchema.parse({ type: "phase.goto", phaseId: "changes" }) as Command;
    const turn = planTurn(state, [{ commandId: "goto-once-xxxxxxxx", command, actor }], new Map([["facilitator:goto-once-xxxxxxxx", { seq: 7 }]]), () => T0);
    expect(turn.answers).toEqual([{ ok: true, data: { seq: 7 } }]);
    expect(turn.events).toEqual([]);
    expect(turn.state).toBe(state);
  });
});
