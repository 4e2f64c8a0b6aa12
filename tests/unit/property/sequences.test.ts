import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, CommandSchema, decide, DomainEventSchema, fold, viewFor, type SeqEvent, type WorkshopState } from "@/lib/domain";
import { createdEvent, T0, workshop } from "../../helpers/domain";
import { violations } from "../../helpers/invariants";
import { interpret, step, type Step } from "./model";

/** Every viewer a state is projected for. */
const viewers = (state: WorkshopState) => [
  { role: "facilitator" as const },
  { role: "screen" as const },
  { role: "participant" as const, participantId: null },
  ...Object.keys(state.participants).map((participantId) => ({ role: "participant" as const, participantId })),
];

/**
 * Plays a day through decide and apply, as the room does, checking after each command what must
 * always hold. Events go through JSON and the event schema on the way, as they do through the
 * store: whatever a command produced, the log can be read back.
 */
function playDay(steps: Step[]): { state: WorkshopState; log: SeqEvent[]; accepted: number } {
  let state = workshop();
  const log: SeqEvent[] = [];
  let accepted = 0;
  steps.forEach((s, i) => {
    const { actor, command } = interpret(state, s);
    const parsed = CommandSchema.safeParse(command);
    if (!parsed.success) return;
    const now = T0 + 60_000 * (i + 1);
    const decision = decide(state, parsed.data, { actor, now });
    const removed = actor.role === "participant" && state.participants[actor.participantId]?.removed;
    // Someone the facilitator removed is out: nothing they send takes effect.
    if (removed) expect(decision.ok, `${command.type} by removed ${actor.participantId}`).toBe(false);
    if (!decision.ok) {
      expect(decision.error.message.length, `${command.type} refused without a reason`).toBeGreaterThan(0);
      return;
    }
    const before = state.seq;
    for (const [n, event] of decision.events.entries()) {
      const stored = DomainEventSchema.safeParse(JSON.parse(JSON.stringify(event)));
      expect(stored.success, `${command.type} made ${event.type}, which the store cannot read back: ${JSON.stringify(event)}`).toBe(true);
      const numbered = { seq: before + 1 + n, at: now, event: stored.data! };
      state = apply(state, numbered);
      log.push(numbered);
    }
    if (decision.events.length > 0) accepted++;
    // Sequence numbers strictly increase, one per event, with no gap.
    expect(state.seq).toBe(before + decision.events.length);
    expect(violations(state), `after ${command.type} by ${JSON.stringify(actor)}`).toEqual([]);
  });
  return { state, log, accepted };
}

describe("random days of valid commands (default agenda, four phones)", () => {
  it("keep every invariant after every command, and the log reads back to the same state", () => {
    let busiest = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 150 }), (steps) => {
        const { state, log, accepted } = playDay(steps);
        busiest = Math.max(busiest, accepted);
        // Restarting the server folds the stored log: it must give the very same workshop.
        expect(fold([createdEvent(), ...log])).toEqual(state);
        for (const viewer of viewers(state)) expect(() => viewFor(state, viewer)).not.toThrow();
      }),
      { numRuns: 250 },
    );
    // The generator must reach real days, not only refusals.
    expect(busiest).toBeGreaterThan(15);
  });
});
