import { describe, expect, it } from "vitest";
import { CommandSchema, decide, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { T0, facilitator, guest, join, must, participant, run, scene, screen, workshop } from "../../helpers/domain";

/**
 * What holds for every command of the core features: who may send it, that a refusal always
 * says why, and that deciding is pure. The rules of each feature are in its own test file.
 */

const alice = participant("p2");
const ROLES: [string, Actor][] = [
  ["facilitator", facilitator],
  ["participant", alice],
  ["guest", guest(9)],
  ["screen", screen],
];

type Who = "facilitator" | "participant" | "guest";

/** A sensible command of each type in the scene (Alice p2 wrote c5 and hidden c7, Bob p3 wrote c6). */
const COMMANDS: [CommandInput, Who[]][] = [
  [{ type: "participant.join", name: "Cleo", teamId: "t3" }, ["guest", "participant"]],
  [{ type: "participant.move", participantId: "p3", teamId: "t3" }, ["facilitator"]],
  [{ type: "participant.remove", participantId: "p3" }, ["facilitator"]],
  [{ type: "participant.done", phaseId: "changes", done: true }, ["participant"]],
  [{ type: "phase.goto", phaseId: "shoes" }, ["facilitator"]],
  [{ type: "phase.lock", phaseId: "changes", locked: true }, ["facilitator"]],
  [{ type: "phase.reveal", phaseId: "shoes" }, ["facilitator"]],
  [{ type: "timer.start" }, ["facilitator"]],
  [{ type: "timer.pause" }, ["facilitator"]],
  [{ type: "timer.reset" }, ["facilitator"]],
  [{ type: "spotlight.set", ref: { kind: "card", id: "c5" } }, ["facilitator"]],
  [{ type: "mirror.show", phaseId: "mirror", teamId: "t1" }, ["facilitator"]],
  [{ type: "workshop.end" }, ["facilitator"]],
  [{ type: "card.add", phaseId: "changes", text: "New" }, ["participant"]],
  [{ type: "card.edit", cardId: "c5", text: "Changed" }, ["participant", "facilitator"]],
  [{ type: "card.delete", cardId: "c5" }, ["participant"]],
  [{ type: "card.setHidden", cardId: "c5", hidden: true }, ["facilitator"]],
  [{ type: "card.merge", cardId: "c6", intoCardId: "c5" }, ["facilitator"]],
  [{ type: "card.react", cardId: "c6", reaction: "recognised" }, ["participant"]],
];

const MATRIX = COMMANDS.flatMap(([command, allowed]) =>
  ROLES.map(([role, actor]) => ({ type: command.type, role, command, actor, allowed: (allowed as string[]).includes(role) })),
);

const decideIn = (state: WorkshopState, command: CommandInput, actor: Actor) =>
  decide(state, CommandSchema.parse(command), { actor, now: T0 });

describe("decide: who may send what", () => {
  it.each(MATRIX)("$type by the $role: allowed $allowed", ({ command, actor, allowed }) => {
    const decision = decideIn(scene(), command, actor);
    expect(decision.ok).toBe(allowed);
    if (!decision.ok) {
      expect(decision.error.code).toBe("forbidden");
      expect(decision.error.message).toMatch(/^[A-Z].+\.$/);
    }
  });

  it("the screen may send nothing at all", () => {
    expect(MATRIX.filter((r) => r.role === "screen" && r.allowed)).toEqual([]);
  });
});

describe("decide is pure", () => {
  it("does not change the state it is given", () => {
    const state = scene();
    const before = structuredClone(state);
    for (const { command, actor } of MATRIX) decideIn(state, command, actor);
    expect(state).toEqual(before);
  });

  it("gives the same answer to the same question", () => {
    for (const { command, actor } of MATRIX) {
      expect(decideIn(scene(), command, actor)).toEqual(decideIn(scene(), command, actor));
    }
  });

  it("reads the time only from what it is given", () => {
    const at = (now: number) => run(must(scene(), { type: "timer.start" }, facilitator, T0).state, { type: "timer.pause" }, facilitator, now);
    expect(at(T0 + 1000).log[0]?.event).toEqual({ type: "timer.paused", remainingMs: 10 * 60_000 - 1000 });
    expect(at(T0 + 2000).log[0]?.event).toEqual({ type: "timer.paused", remainingMs: 10 * 60_000 - 2000 });
  });
});

describe("decide: ids come from the sequence", () => {
  it("a new participant or card is named after the seq of the event that makes it", () => {
    let state = workshop();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const joined = join(state, `G${n}`, "t1", n);
      state = joined.state;
      ids.push(joined.id);
    }
    state = must(state, { type: "phase.goto", phaseId: "changes" }, facilitator).state;
    const card = must(state, { type: "card.add", phaseId: "changes", text: "x" }, participant("p3"));
    expect([...ids, card.id]).toEqual(["p2", "p3", "p4", "c6"]);
    expect(card.state.cards.c6?.seq).toBe(6);
  });

  it("replaying the same commands makes the same workshop", () => {
    expect(scene()).toEqual(scene());
  });
});
