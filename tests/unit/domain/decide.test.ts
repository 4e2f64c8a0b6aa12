import { describe, expect, it } from "vitest";
import { decide, type Actor, type Command, type WorkshopState } from "@/lib/domain";
import {
  T0,
  facilitator,
  guest,
  hash,
  must,
  outcome,
  participant,
  run,
  scene,
  screen,
  workshop,
} from "./fixtures";

/** In the lobby, Alice (p2, Sales) has joined; the cards phase "changes" is still ahead. */
function lobbyWithAlice(): WorkshopState {
  return must(workshop(), { type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)).state;
}

/** The scene, moved on past the cards phase. */
function movedOn(): WorkshopState {
  return must(scene(), { type: "phase.goto", phaseId: "shoes" }, facilitator).state;
}

interface Case {
  name: string;
  state: () => WorkshopState;
  command: Command;
  actor: Actor;
  expected: ReturnType<typeof outcome>;
}

const alice = participant("p2");
const bob = participant("p3");

const cases: Case[] = [
  // participant.join
  { name: "a new guest joins", state: scene, command: { type: "participant.join", name: "Cleo", teamId: "t3" }, actor: guest(3), expected: { events: ["participant.joined"], id: "p9" } },
  { name: "the first guest of a fresh workshop gets p2", state: workshop, command: { type: "participant.join", name: "Cleo", teamId: "t1" }, actor: guest(3), expected: { events: ["participant.joined"], id: "p2" } },
  { name: "a guest with a known token hash gets the existing id back", state: scene, command: { type: "participant.join", name: "Alice again", teamId: "t3" }, actor: guest(1), expected: { events: [], id: "p2" } },
  { name: "a known token hash wins over an unknown team", state: scene, command: { type: "participant.join", name: "Bob", teamId: "t99" }, actor: guest(2), expected: { events: [], id: "p3" } },
  { name: "a participant joining again stays who they are", state: scene, command: { type: "participant.join", name: "Alice", teamId: "t2" }, actor: alice, expected: { events: [], id: "p2" } },
  { name: "a guest picking an unknown team", state: scene, command: { type: "participant.join", name: "Cleo", teamId: "t99" }, actor: guest(3), expected: { error: "not_found" } },
  { name: "the facilitator cannot join", state: scene, command: { type: "participant.join", name: "Fac", teamId: "t1" }, actor: facilitator, expected: { error: "forbidden" } },
  { name: "the screen cannot join", state: scene, command: { type: "participant.join", name: "Screen", teamId: "t1" }, actor: screen, expected: { error: "forbidden" } },

  // card.add
  { name: "a participant adds a card", state: scene, command: { type: "card.add", phaseId: "changes", text: "New" }, actor: alice, expected: { events: ["card.added"], id: "c9" } },
  { name: "another participant adds a card", state: scene, command: { type: "card.add", phaseId: "changes", text: "New" }, actor: bob, expected: { events: ["card.added"], id: "c9" } },
  { name: "a late card lands in a cards phase the room has left", state: movedOn, command: { type: "card.add", phaseId: "changes", text: "Offline" }, actor: alice, expected: { events: ["card.added"], id: "c10" } },
  { name: "a card for a cards phase not reached yet", state: lobbyWithAlice, command: { type: "card.add", phaseId: "changes", text: "Early" }, actor: alice, expected: { error: "closed" } },
  { name: "a card into the lobby", state: scene, command: { type: "card.add", phaseId: "lobby", text: "x" }, actor: alice, expected: { error: "not_found" } },
  { name: "a card into an info phase", state: movedOn, command: { type: "card.add", phaseId: "shoes", text: "x" }, actor: alice, expected: { error: "not_found" } },
  { name: "a card into an unknown phase", state: scene, command: { type: "card.add", phaseId: "nope", text: "x" }, actor: alice, expected: { error: "not_found" } },
  { name: "a guest cannot add a card", state: scene, command: { type: "card.add", phaseId: "changes", text: "x" }, actor: guest(3), expected: { error: "forbidden" } },
  { name: "the facilitator cannot add a card", state: scene, command: { type: "card.add", phaseId: "changes", text: "x" }, actor: facilitator, expected: { error: "forbidden" } },
  { name: "the screen cannot add a card", state: scene, command: { type: "card.add", phaseId: "changes", text: "x" }, actor: screen, expected: { error: "forbidden" } },
  { name: "an unknown participant id cannot add a card", state: scene, command: { type: "card.add", phaseId: "changes", text: "x" }, actor: participant("p99"), expected: { error: "forbidden" } },
  { name: "a guest is refused before the phase is looked at", state: scene, command: { type: "card.add", phaseId: "nope", text: "x" }, actor: guest(3), expected: { error: "forbidden" } },

  // card.edit
  { name: "the author edits their card", state: scene, command: { type: "card.edit", cardId: "c5", text: "Alice two" }, actor: alice, expected: { events: ["card.edited"], id: "c5" } },
  { name: "an edit to the same text is a no-op", state: scene, command: { type: "card.edit", cardId: "c5", text: "Alice one" }, actor: alice, expected: { events: [], id: "c5" } },
  { name: "another participant cannot edit the card", state: scene, command: { type: "card.edit", cardId: "c5", text: "Mine now" }, actor: bob, expected: { error: "forbidden" } },
  { name: "the facilitator cannot edit a card", state: scene, command: { type: "card.edit", cardId: "c5", text: "x" }, actor: facilitator, expected: { error: "forbidden" } },
  { name: "the screen cannot edit a card", state: scene, command: { type: "card.edit", cardId: "c5", text: "x" }, actor: screen, expected: { error: "forbidden" } },
  { name: "a guest cannot edit a card", state: scene, command: { type: "card.edit", cardId: "c5", text: "x" }, actor: guest(3), expected: { error: "forbidden" } },
  { name: "editing a card that does not exist", state: scene, command: { type: "card.edit", cardId: "c99", text: "x" }, actor: alice, expected: { error: "not_found" } },
  { name: "a hidden card is gone for its author", state: scene, command: { type: "card.edit", cardId: "c7", text: "Sorry" }, actor: alice, expected: { error: "not_found" } },
  { name: "a hidden card is gone for anyone else too", state: scene, command: { type: "card.edit", cardId: "c7", text: "x" }, actor: bob, expected: { error: "not_found" } },

  // card.delete
  { name: "the author deletes their card", state: scene, command: { type: "card.delete", cardId: "c5" }, actor: alice, expected: { events: ["card.deleted"], id: "c5" } },
  { name: "another participant cannot delete the card", state: scene, command: { type: "card.delete", cardId: "c5" }, actor: bob, expected: { error: "forbidden" } },
  { name: "the facilitator cannot delete a card", state: scene, command: { type: "card.delete", cardId: "c5" }, actor: facilitator, expected: { error: "forbidden" } },
  { name: "the screen cannot delete a card", state: scene, command: { type: "card.delete", cardId: "c5" }, actor: screen, expected: { error: "forbidden" } },
  { name: "a guest cannot delete a card", state: scene, command: { type: "card.delete", cardId: "c5" }, actor: guest(3), expected: { error: "forbidden" } },
  { name: "deleting a card that does not exist", state: scene, command: { type: "card.delete", cardId: "c99" }, actor: alice, expected: { error: "not_found" } },
  { name: "the author cannot delete a hidden card", state: scene, command: { type: "card.delete", cardId: "c7" }, actor: alice, expected: { error: "not_found" } },

  // card.setHidden
  { name: "the facilitator hides a card", state: scene, command: { type: "card.setHidden", cardId: "c5", hidden: true }, actor: facilitator, expected: { events: ["card.hidden"], id: "c5" } },
  { name: "the facilitator unhides a card", state: scene, command: { type: "card.setHidden", cardId: "c7", hidden: false }, actor: facilitator, expected: { events: ["card.unhidden"], id: "c7" } },
  { name: "hiding a hidden card is a no-op", state: scene, command: { type: "card.setHidden", cardId: "c7", hidden: true }, actor: facilitator, expected: { events: [], id: "c7" } },
  { name: "unhiding a visible card is a no-op", state: scene, command: { type: "card.setHidden", cardId: "c5", hidden: false }, actor: facilitator, expected: { events: [], id: "c5" } },
  { name: "hiding a card that does not exist", state: scene, command: { type: "card.setHidden", cardId: "c99", hidden: true }, actor: facilitator, expected: { error: "not_found" } },
  { name: "the author cannot hide their own card", state: scene, command: { type: "card.setHidden", cardId: "c5", hidden: true }, actor: alice, expected: { error: "forbidden" } },
  { name: "a participant cannot hide someone's card", state: scene, command: { type: "card.setHidden", cardId: "c5", hidden: true }, actor: bob, expected: { error: "forbidden" } },
  { name: "the author cannot unhide their hidden card", state: scene, command: { type: "card.setHidden", cardId: "c7", hidden: false }, actor: alice, expected: { error: "forbidden" } },
  { name: "a guest cannot hide a card", state: scene, command: { type: "card.setHidden", cardId: "c5", hidden: true }, actor: guest(3), expected: { error: "forbidden" } },
  { name: "the screen cannot hide a card", state: scene, command: { type: "card.setHidden", cardId: "c5", hidden: true }, actor: screen, expected: { error: "forbidden" } },

  // phase.goto
  { name: "the facilitator moves forward", state: scene, command: { type: "phase.goto", phaseId: "shoes" }, actor: facilitator, expected: { events: ["phase.changed"] } },
  { name: "the facilitator jumps ahead several phases", state: workshop, command: { type: "phase.goto", phaseId: "check-out" }, actor: facilitator, expected: { events: ["phase.changed"] } },
  { name: "the facilitator goes back", state: scene, command: { type: "phase.goto", phaseId: "lobby" }, actor: facilitator, expected: { events: ["phase.changed"] } },
  { name: "going to the current phase is a no-op", state: scene, command: { type: "phase.goto", phaseId: "changes" }, actor: facilitator, expected: { events: [] } },
  { name: "going to a phase not on the agenda", state: scene, command: { type: "phase.goto", phaseId: "nope" }, actor: facilitator, expected: { error: "not_found" } },
  { name: "a participant cannot move phases", state: scene, command: { type: "phase.goto", phaseId: "shoes" }, actor: alice, expected: { error: "forbidden" } },
  { name: "a participant is refused even for an unknown phase", state: scene, command: { type: "phase.goto", phaseId: "nope" }, actor: alice, expected: { error: "forbidden" } },
  { name: "a guest cannot move phases", state: scene, command: { type: "phase.goto", phaseId: "shoes" }, actor: guest(3), expected: { error: "forbidden" } },
  { name: "the screen cannot move phases", state: scene, command: { type: "phase.goto", phaseId: "shoes" }, actor: screen, expected: { error: "forbidden" } },
];

describe("decide", () => {
  it.each(cases)("$command.type: $name", ({ state, command, actor, expected }) => {
    expect(outcome(decide(state(), command, { actor, now: T0 }))).toEqual(expected);
  });

  it("covers every command type in the table", () => {
    const types = new Set(cases.map((c) => c.command.type));
    expect([...types].sort()).toEqual(
      ["card.add", "card.delete", "card.edit", "card.setHidden", "participant.join", "phase.goto"].sort(),
    );
  });

  it.each(cases.filter((c) => "error" in c.expected))("explains a refusal: $name", ({ state, command, actor }) => {
    const decision = decide(state(), command, { actor, now: T0 });
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.error.message.length).toBeGreaterThan(0);
  });

  it("does not change the state it is given", () => {
    const state = scene();
    const before = structuredClone(state);
    for (const { command, actor } of cases) decide(state, command, { actor, now: T0 });
    expect(state).toEqual(before);
  });

  it("is deterministic: the same input gives the same decision", () => {
    for (const { state, command, actor } of cases) {
      const s = state();
      expect(decide(s, command, { actor, now: T0 })).toEqual(decide(s, command, { actor, now: T0 }));
    }
  });
});

describe("decide: what the events say", () => {
  it("a join binds the guest's token hash to the new participant", () => {
    const { decision } = run(workshop(), { type: "participant.join", name: "Cleo", teamId: "t2" }, guest(7));
    expect(decision).toEqual({
      ok: true,
      events: [{ type: "participant.joined", participantId: "p2", name: "Cleo", teamId: "t2", tokenHash: hash(7) }],
      result: { id: "p2" },
    });
  });

  it("a card is filed under its author's team and the requested phase", () => {
    const { decision } = run(scene(), { type: "card.add", phaseId: "changes", text: "Hello" }, participant("p3"));
    expect(decision).toEqual({
      ok: true,
      events: [{ type: "card.added", cardId: "c9", phaseId: "changes", authorId: "p3", teamId: "t2", text: "Hello" }],
      result: { id: "c9" },
    });
  });

  it("an edit carries the new text", () => {
    const { decision } = run(scene(), { type: "card.edit", cardId: "c6", text: "Bob two" }, participant("p3"));
    expect(decision.ok && decision.events).toEqual([{ type: "card.edited", cardId: "c6", text: "Bob two" }]);
  });

  it("a phase change names the target phase", () => {
    const { decision } = run(scene(), { type: "phase.goto", phaseId: "mirror" }, facilitator);
    expect(decision.ok && decision.events).toEqual([{ type: "phase.changed", phaseId: "mirror" }]);
  });

  it("ids follow the sequence: guests joining one after another get p2, p3, p4", () => {
    let state = workshop();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const r = must(state, { type: "participant.join", name: `G${n}`, teamId: "t1" }, guest(n));
      state = r.state;
      ids.push(r.id);
    }
    expect(ids).toEqual(["p2", "p3", "p4"]);
  });

  it("joining twice with the same token hash makes one participant", () => {
    const first = must(workshop(), { type: "participant.join", name: "Cleo", teamId: "t1" }, guest(5));
    const again = run(first.state, { type: "participant.join", name: "Cleo", teamId: "t1" }, guest(5));
    expect(outcome(again.decision)).toEqual({ events: [], id: first.id });
    expect(Object.keys(again.state.participants)).toEqual([first.id]);
  });

  it("a deleted card is not found afterwards", () => {
    const { state } = must(scene(), { type: "card.delete", cardId: "c5" }, participant("p2"));
    const edit = decide(state, { type: "card.edit", cardId: "c5", text: "x" }, { actor: participant("p2"), now: T0 });
    expect(outcome(edit)).toEqual({ error: "not_found" });
  });

  it("an unhidden card is its author's to edit again", () => {
    const { state } = must(scene(), { type: "card.setHidden", cardId: "c7", hidden: false }, facilitator);
    const edit = decide(state, { type: "card.edit", cardId: "c7", text: "Kinder" }, { actor: participant("p2"), now: T0 });
    expect(outcome(edit)).toEqual({ events: ["card.edited"], id: "c7" });
  });

  it("once the room reaches the cards phase, the early card is accepted", () => {
    const { state } = must(lobbyWithAlice(), { type: "phase.goto", phaseId: "changes" }, facilitator);
    const add = decide(state, { type: "card.add", phaseId: "changes", text: "Now" }, { actor: participant("p2"), now: T0 });
    expect(outcome(add)).toEqual({ events: ["card.added"], id: "c4" });
  });
});
