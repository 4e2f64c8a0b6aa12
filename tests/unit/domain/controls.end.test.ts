import { describe, expect, it } from "vitest";
import { CommandSchema, decide, type Actor, type CommandInput } from "@/lib/domain";
import { T0, facilitator, guest, no, run, verdict } from "../../helpers/domain";
import { alice, ended, timed } from "./controls.fixtures";

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
