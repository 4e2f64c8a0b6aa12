import { describe, expect, it } from "vitest";
import { deliveries, fold, viewFor, type DomainEvent, type Phase, type Viewer } from "@/lib/domain";
import { FACILITATOR_HASH, T0, customWorkshop, facilitator, guest, hash, participant, play, type Logged, type Step } from "../../helpers/domain";
import { AGENDA, FAC, SCREEN, START, as, copyFor, held } from "./projection.fixtures";

/** A day with every event the core features make, each audience's privacy at stake somewhere. */
const DAY: Step[] = [
  ...START,
  [{ type: "card.add", phaseId: "anon", text: "Alice rude", column: "change" }, participant("p2")], // c7
  [{ type: "card.edit", cardId: "c5", text: "Alice keeps, edited" }, participant("p2")],
  [{ type: "card.setHidden", cardId: "c6", hidden: true }, facilitator],
  [{ type: "card.setHidden", cardId: "c6", hidden: false }, facilitator],
  [{ type: "card.setHidden", cardId: "c7", hidden: true }, facilitator],
  [{ type: "participant.join", name: "Cleo", teamId: "t3" }, guest(3)], // p12
  [{ type: "card.add", phaseId: "anon", text: "Cleo keeps", column: "keep" }, participant("p12")], // c13
  [{ type: "card.merge", cardId: "c13", intoCardId: "c5" }, facilitator],
  [{ type: "phase.reveal", phaseId: "anon" }, facilitator],
  [{ type: "card.edit", cardId: "c6", text: "Bob changes, revealed" }, participant("p3")],
  [{ type: "card.setHidden", cardId: "c7", hidden: false }, facilitator],
  [{ type: "phase.goto", phaseId: "open" }, facilitator],
  [{ type: "card.add", phaseId: "open", text: "Alice open" }, participant("p2")], // c19
  [{ type: "card.add", phaseId: "open", text: "Bob open" }, participant("p3")],
  [{ type: "card.react", cardId: "c5", reaction: "recognised" }, participant("p3")],
  [{ type: "card.react", cardId: "c5", reaction: "surprised" }, participant("p12")],
  [{ type: "card.react", cardId: "c5", reaction: null }, participant("p12")],
  [{ type: "timer.start" }, facilitator],
  [{ type: "timer.pause" }, facilitator],
  [{ type: "timer.extend", minutes: 1 }, facilitator],
  [{ type: "timer.start" }, facilitator],
  [{ type: "spotlight.set", ref: { kind: "card", id: "c5" } }, facilitator],
  [{ type: "phase.goto", phaseId: "shoes" }, facilitator],
  [{ type: "participant.join", name: "Dan", teamId: "t1" }, guest(4)], // p33, given a team [34]
  [{ type: "card.add", phaseId: "shoes", text: "We are quick", column: "strengths", aboutTeamId: "t1" }, participant("p2")], // c35
  [{ type: "card.add", phaseId: "shoes", text: "We are slow", column: "challenges", aboutTeamId: "t2" }, participant("p3")], // c36
  [{ type: "card.edit", cardId: "c35", text: "We are quick, edited" }, participant("p2")],
  [{ type: "card.setHidden", cardId: "c36", hidden: true }, facilitator],
  [{ type: "card.setHidden", cardId: "c36", hidden: false }, facilitator],
  [{ type: "participant.move", participantId: "p12", teamId: "t1" }, facilitator],
  [{ type: "participant.remove", participantId: "p33" }, facilitator],
  [{ type: "participant.done", phaseId: "shoes", done: true }, participant("p3")],
  [{ type: "phase.lock", phaseId: "shoes", locked: true }, facilitator],
  [{ type: "phase.reveal", phaseId: "shoes" }, facilitator],
  [{ type: "phase.goto", phaseId: "mirror" }, facilitator],
  [{ type: "mirror.show", phaseId: "mirror", teamId: "t1" }, facilitator],
  [{ type: "card.delete", cardId: "c19" }, participant("p2")],
  [{ type: "workshop.end" }, facilitator],
];

/** The whole day, the creation included, each event with the server's state right after it. */
function day(): Logged[] {
  const first = customWorkshop(AGENDA);
  const created: Logged = { stored: { seq: 1, at: T0, event: createdOf(AGENDA) }, stateAfter: first };
  return [created, ...play(first, DAY).log];
}
function createdOf(agenda: Phase[]): DomainEvent {
  return { type: "workshop.created", code: "ABCDEF", title: "Custom day", teams: customWorkshop(agenda).teams, agenda, facilitatorTokenHash: FACILITATOR_HASH };
}

describe("viewFor agrees with folding the deliveries", () => {
  const log = day();
  const final = log.at(-1)!.stateAfter;
  const VIEWERS: [string, Viewer][] = [
    ["the facilitator", FAC],
    ["the screen", SCREEN],
    ["Alice (p2)", as("p2")],
    ["Bob (p3)", as("p3")],
    ["Cleo (p12, joined late, moved)", as("p12")],
    ["Dan (p33, removed)", as("p33")],
    ["someone who never joined", as("p99")],
  ];

  it("the day made every kind of event the core features make, and hid some from some", () => {
    const types = new Set(log.map((l) => l.stored.event.type));
    for (const type of ["card.added", "card.edited", "card.deleted", "card.hidden", "card.unhidden", "card.merged", "card.reacted", "phase.revealed", "phase.locked", "perspective.assigned", "timer.extended", "participant.moved", "participant.doneChanged", "mirror.shown", "workshop.ended"]) {
      expect(types).toContain(type);
    }
    const markers = log.filter((l) => copyFor(deliveries(l.stored, l.stateAfter), SCREEN).event.type === "redacted");
    expect(markers.length).toBeGreaterThan(3);
  });

  it.each(VIEWERS)("for %s, from every point of the day", (_name, viewer) => {
    const expected = viewFor(final, viewer);
    const copies = log.map((l) => copyFor(deliveries(l.stored, l.stateAfter), viewer));
    expect(fold(copies)).toEqual(expected);
    log.forEach(({ stateAfter }, k) => {
      // A phone that reconnects at any point gets a snapshot, then what follows.
      expect(fold(copies.slice(k + 1), viewFor(stateAfter, viewer))).toEqual(expected);
    });
  });

  it("hidden and merged cards end up where they should", () => {
    const forScreen = viewFor(final, SCREEN);
    expect(held(forScreen, "c13")?.mergedInto).toBe("c5");
    expect(Object.values(forScreen.cards).some((c) => c.hidden)).toBe(false);
    expect(Object.values(forScreen.cards).filter((c) => c.phaseId === "anon").every((c) => c.authorId === null)).toBe(true);
  });

  it("no token hash leaves the server, in any copy or snapshot", () => {
    const secrets = [FACILITATOR_HASH, hash(1), hash(2), hash(3), hash(4)];
    for (const { stored, stateAfter } of log) {
      const copies = [JSON.stringify(deliveries(stored, stateAfter)), ...VIEWERS.map(([, v]) => JSON.stringify(viewFor(stateAfter, v)))];
      for (const copy of copies) for (const secret of secrets) expect(copy).not.toContain(secret);
    }
    expect(JSON.stringify(final.secrets)).toContain(hash(1));
  });
});
