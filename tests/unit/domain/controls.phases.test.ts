import { describe, expect, it } from "vitest";
import { CommandSchema, decide, type CommandInput } from "@/lib/domain";
import { T0, facilitator, goto, must, no, run, verdict } from "../../helpers/domain";
import { alice, locked, people, spotlit } from "./controls.fixtures";

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
