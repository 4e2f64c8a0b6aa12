import { describe, expect, it } from "vitest";
import { DEFAULT_AGENDA, NEW_CONTROL, apply, fold, type Card, type DomainEvent, type SeqEvent } from "@/lib/domain";
import {
  CODE,
  aCard,
  FACILITATOR_HASH,
  T0,
  applyAll,
  createdEvent,
  hash,
  scene,
  workshop,
} from "../../helpers/domain";

const added = (cardId: string, more: Partial<Extract<DomainEvent, { type: "card.added" }>> = {}): DomainEvent => ({
  type: "card.added",
  cardId,
  phaseId: "changes",
  authorId: "p2",
  teamId: "t1",
  text: cardId,
  column: null,
  aboutTeamId: null,
  anonymous: false,
  ...more,
});

const card = aCard;

describe("apply: workshop.created", () => {
  it("starts in the first phase with the teams, every slice empty and every phase's controls fresh", () => {
    const state = workshop();
    expect(state).toMatchObject({
      code: CODE,
      title: "Test day",
      createdAt: T0,
      seq: 1,
      currentPhaseId: "lobby",
      teams: [{ id: "t1", name: "Sales" }, { id: "t2", name: "IT" }, { id: "t3", name: "Finance" }],
      timer: null,
      spotlight: null,
      endedAt: null,
    });
    for (const slice of ["participants", "cards", "groups", "assignments", "reactions", "beliefs", "beliefBallots", "beliefTallies", "dots", "dotTallies", "pulseAnswers", "pulseTallies", "agreements"] as const) {
      expect([slice, state[slice]]).toEqual([slice, {}]);
    }
    expect(Object.values(state.controls)).toEqual(DEFAULT_AGENDA.map(() => NEW_CONTROL));
  });

  it("follows the default agenda of the day", () => {
    expect(workshop().agenda.map((p) => [p.id, p.kind])).toEqual([
      ["lobby", "lobby"],
      ["check-in", "pulse"],
      ["changes", "cards"],
      ["shoes", "perspective"],
      ["mirror", "mirror"],
      ["beliefs", "beliefs"],
      ["strengths", "strengths"],
      ["brainstorm", "brainstorm"],
      ["agreements", "agreements"],
      ["carry-over", "carry-over"],
      ["check-out", "pulse"],
    ]);
    expect(workshop().agenda[0]?.title).toBe("Welcome");
  });

  it("keeps the facilitator's token hash in the server's secrets only", () => {
    expect(workshop().secrets).toEqual({
      facilitatorTokenHash: FACILITATOR_HASH,
      coFacilitatorTokenHashes: [],
      participantByTokenHash: {},
      shareTokenHashes: [],
      editLinks: {},
    });
    const { event, ...rest } = createdEvent();
    if (event.type !== "workshop.created") throw new Error("fixture");
    const { facilitatorTokenHash: _omit, ...visible } = event;
    expect(apply(null, { ...rest, event: visible }).secrets).toBeNull();
  });
});

describe("apply: participants", () => {
  it.each<[string, DomainEvent[], object]>([
    ["joined, with the time", [{ type: "participant.joined", participantId: "p2", name: "Cleo", teamId: "t3", tokenHash: hash(9) }], { p2: { id: "p2", name: "Cleo", teamId: "t3", joinedAt: T0, removed: false } }],
    ["moved", [{ type: "participant.joined", participantId: "p2", name: "Cleo", teamId: "t3" }, { type: "participant.moved", participantId: "p2", teamId: "t1" }], { p2: { teamId: "t1", removed: false } }],
    ["removed, and kept", [{ type: "participant.joined", participantId: "p2", name: "Cleo", teamId: "t3" }, { type: "participant.removed", participantId: "p2" }], { p2: { name: "Cleo", removed: true } }],
    ["moved or removed when unknown: nothing", [{ type: "participant.moved", participantId: "p9", teamId: "t1" }, { type: "participant.removed", participantId: "p9" }], {}],
  ])("%s", (_name, events, participants) => {
    const state = workshop(...events);
    expect(state.participants).toMatchObject(participants);
    expect(Object.keys(state.participants)).toEqual(Object.keys(participants));
  });

  it("maps a token hash to its participant on the server only when the event has one", () => {
    expect(scene().secrets?.participantByTokenHash).toEqual({ [hash(1)]: "p2", [hash(2)]: "p3" });
    const state = workshop({ type: "participant.joined", participantId: "p2", name: "X", teamId: "t1" });
    expect(state.secrets?.participantByTokenHash).toEqual({});
  });

  it("keeps a phase's done list without duplicates", () => {
    const done = (participantId: string, isDone: boolean): DomainEvent => ({ type: "participant.doneChanged", phaseId: "changes", participantId, done: isDone });
    const state = workshop(done("p2", true), done("p3", true), done("p2", true), done("p3", false));
    expect(state.controls.changes?.done).toEqual(["p2"]);
  });
});

describe("apply: cards", () => {
  it("adds a card with every field, stamped with seq and time", () => {
    const state = applyAll(workshop(), [added("c2", { column: "keep", aboutTeamId: "t2", anonymous: true })], T0 + 10);
    expect(state.cards.c2).toEqual(card("c2", 2, { createdAt: T0 + 10, column: "keep", aboutTeamId: "t2", anonymous: true }));
  });

  it.each<[string, DomainEvent[], Partial<Card> | undefined]>([
    ["edited", [{ type: "card.edited", cardId: "c2", text: "After" }], { text: "After", createdAt: T0, editedAt: T0 + 1 }],
    ["deleted", [{ type: "card.deleted", cardId: "c2" }], undefined],
    ["hidden", [{ type: "card.hidden", cardId: "c2" }], { hidden: true }],
    ["hidden and unhidden", [{ type: "card.hidden", cardId: "c2" }, { type: "card.unhidden", cardId: "c2" }], { hidden: false, text: "c2" }],
    ["merged", [added("c3"), { type: "card.merged", cardId: "c2", intoCardId: "c3" }], { mergedInto: "c3" }],
  ])("%s", (_name, events, expected) => {
    const state = applyAll(workshop(added("c2")), events, T0 + 1);
    if (expected === undefined) expect(state.cards.c2).toBeUndefined();
    else expect(state.cards.c2).toMatchObject(expected);
  });

  it("an unhide brings back a card this copy never held, from the event", () => {
    const back = card("c2", 2, { hidden: true, text: "Back" });
    const state = workshop({ type: "redacted" }, { type: "card.unhidden", cardId: "c2", card: back });
    expect(state.cards.c2).toEqual({ ...back, hidden: false });
  });

  it("reactions: one per person, switched or taken back", () => {
    const react = (participantId: string, reaction: "recognised" | "surprised" | null): DomainEvent => ({ type: "card.reacted", cardId: "c2", participantId, reaction });
    const state = workshop(added("c2"), react("p2", "recognised"), react("p3", "surprised"), react("p2", "surprised"), react("p3", null));
    expect(state.reactions).toEqual({ c2: { p2: "surprised" } });
  });

  it.each<[string, DomainEvent]>([
    ["edit", { type: "card.edited", cardId: "c99", text: "x" }],
    ["delete", { type: "card.deleted", cardId: "c99" }],
    ["hide", { type: "card.hidden", cardId: "c99" }],
    ["unhide without the card", { type: "card.unhidden", cardId: "c99" }],
    ["merge", { type: "card.merged", cardId: "c99", intoCardId: "c2" }],
  ])("a %s of a card this copy does not hold changes only seq", (_name, event) => {
    const before = workshop(added("c2"));
    expect(applyAll(before, [event])).toEqual({ ...before, seq: before.seq + 1 });
  });
});

describe("apply: controls", () => {
  it.each<[string, DomainEvent[], object]>([
    ["phase.changed", [{ type: "phase.changed", phaseId: "mirror" }], { currentPhaseId: "mirror" }],
    ["phase.locked", [{ type: "phase.locked", phaseId: "changes", locked: true }], { controls: { changes: { locked: true } } }],
    ["phase.revealed", [{ type: "phase.revealed", phaseId: "shoes" }], { controls: { shoes: { revealed: true } } }],
    ["spotlight.changed", [{ type: "spotlight.changed", ref: { kind: "card", id: "c2" } }], { spotlight: { kind: "card", id: "c2" } }],
    ["mirror.shown", [{ type: "mirror.shown", phaseId: "mirror", teamId: "t2" }], { controls: { mirror: { mirrorTeamId: "t2" } } }],
    ["workshop.ended", [{ type: "workshop.ended" }], { endedAt: T0 }],
    ["timer.started", [{ type: "timer.started", phaseId: "changes", durationMs: 600_000, remainingMs: 600_000 }], { timer: { phaseId: "changes", durationMs: 600_000, remainingMs: 600_000, startedAt: T0 } }],
    ["timer.paused", [{ type: "timer.started", phaseId: "changes", durationMs: 600_000, remainingMs: 600_000 }, { type: "timer.paused", remainingMs: 500_000 }], { timer: { durationMs: 600_000, remainingMs: 500_000, startedAt: null } }],
    ["timer.extended while paused", [{ type: "timer.started", phaseId: "changes", durationMs: 600_000, remainingMs: 600_000 }, { type: "timer.paused", remainingMs: 500_000 }, { type: "timer.extended", addMs: 60_000 }], { timer: { durationMs: 660_000, remainingMs: 560_000, startedAt: null } }],
  ])("%s", (_name, events, expected) => {
    expect(workshop(...events)).toMatchObject(expected);
  });

  it.each<[string, DomainEvent]>([
    ["reset", { type: "timer.reset" }],
    ["paused", { type: "timer.paused", remainingMs: 5 }],
    ["extended", { type: "timer.extended", addMs: 60_000 }],
  ])("a timer %s without a timer leaves none", (_name, event) => {
    expect(workshop(event).timer).toBeNull();
  });

  it("a reveal adds the cards a copy did not hold, and keeps those it did", () => {
    const mine = card("c2", 2, { authorId: "p2", anonymous: true });
    const state = { ...workshop(), cards: { c2: mine } };
    const others = [card("c2", 2, { authorId: null, anonymous: true }), card("c3", 3, { authorId: "p3" })];
    const after = applyAll(state, [{ type: "phase.revealed", phaseId: "changes", cards: others }]);
    expect(after.cards).toEqual({ c2: mine, c3: others[1] });
    expect(after.controls.changes?.revealed).toBe(true);
  });
});

describe("apply: markers, purity and fold", () => {
  it("a redacted marker only advances seq", () => {
    const before = scene();
    expect(applyAll(before, [{ type: "redacted" }])).toEqual({ ...before, seq: before.seq + 1 });
  });

  it("does not change the state it folds into", () => {
    const state = scene();
    const before = structuredClone(state);
    applyAll(state, [
      { type: "card.edited", cardId: "c5", text: "zzz" },
      { type: "card.merged", cardId: "c6", intoCardId: "c5" },
      { type: "card.deleted", cardId: "c6" },
      { type: "card.reacted", cardId: "c5", participantId: "p3", reaction: "surprised" },
      { type: "phase.locked", phaseId: "changes", locked: true },
      { type: "participant.removed", participantId: "p3" },
      { type: "participant.joined", participantId: "p13", name: "N", teamId: "t1", tokenHash: hash(13) },
    ]);
    expect(state).toEqual(before);
  });

  it("folds a whole log, and can continue from a state", () => {
    const later: SeqEvent[] = [
      { seq: 2, at: T0, event: { type: "phase.changed", phaseId: "changes" } },
      { seq: 3, at: T0, event: added("c3") },
    ];
    const whole = fold([createdEvent(), ...later]);
    expect(whole).toMatchObject({ seq: 3, currentPhaseId: "changes" });
    expect(fold(later, fold([createdEvent()]))).toEqual(whole);
  });

  it("refuses an empty log", () => {
    expect(() => fold([])).toThrow(/workshop\.created/);
  });

  it.each<DomainEvent>([
    { type: "participant.joined", participantId: "p1", name: "A", teamId: "t1" },
    { type: "phase.changed", phaseId: "lobby" },
    { type: "redacted" },
  ])("refuses a log that starts with $type", (event) => {
    expect(() => fold([{ seq: 1, at: T0, event }])).toThrow(/before the workshop was created/);
  });
});
