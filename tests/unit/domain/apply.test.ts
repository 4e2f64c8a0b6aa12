import { describe, expect, it } from "vitest";
import { apply, fold, type DomainEvent, type SeqEvent } from "@/lib/domain";
import {
  CODE,
  FACILITATOR_HASH,
  T0,
  applyAll,
  createdEvent,
  facilitator,
  guest,
  hash,
  must,
  scene,
  workshop,
} from "./fixtures";

describe("apply: workshop.created", () => {
  it("starts the workshop in its first phase with the given teams", () => {
    const state = workshop();
    expect(state).toMatchObject({
      code: CODE,
      title: "Test day",
      createdAt: T0,
      seq: 1,
      currentPhaseId: "lobby",
      participants: {},
      cards: {},
      teams: [
        { id: "t1", name: "Sales" },
        { id: "t2", name: "IT" },
        { id: "t3", name: "Finance" },
      ],
    });
  });

  it("keeps the facilitator's token hash in the server's secrets", () => {
    expect(workshop().secrets).toEqual({ facilitatorTokenHash: FACILITATOR_HASH, participantByTokenHash: {} });
  });

  it("a client's copy (no token hash) holds no secrets", () => {
    const { event, ...rest } = createdEvent();
    if (event.type !== "workshop.created") throw new Error("fixture");
    const { facilitatorTokenHash: _omit, ...visible } = event;
    expect(apply(null, { ...rest, event: visible }).secrets).toBeNull();
  });
});

describe("apply: ids are deterministic from seq", () => {
  it("participants and cards are named after the seq of the event that made them", () => {
    const state = scene();
    expect(Object.keys(state.participants).sort()).toEqual(["p2", "p3"]);
    expect(Object.keys(state.cards).sort()).toEqual(["c5", "c6", "c7"]);
    expect(state.cards.c5?.seq).toBe(5);
    expect(state.seq).toBe(8);
  });

  it("replaying the same commands makes the same ids", () => {
    expect(scene()).toEqual(scene());
  });
});

describe("apply: participants", () => {
  it("records a joined participant with the time", () => {
    const { state } = must(workshop(), { type: "participant.join", name: "Cleo", teamId: "t3" }, guest(9), T0 + 50);
    expect(state.participants.p2).toEqual({ id: "p2", name: "Cleo", teamId: "t3", joinedAt: T0 + 50 });
  });

  it("maps each token hash to its participant on the server state", () => {
    expect(scene().secrets?.participantByTokenHash).toEqual({ [hash(1)]: "p2", [hash(2)]: "p3" });
  });

  it("a join without a token hash adds no secret", () => {
    const state = workshop({ type: "participant.joined", participantId: "p2", name: "X", teamId: "t1" });
    expect(state.participants.p2?.name).toBe("X");
    expect(state.secrets?.participantByTokenHash).toEqual({});
  });
});

describe("apply: cards", () => {
  const add = (cardId: string, text = cardId): DomainEvent => ({
    type: "card.added",
    cardId,
    phaseId: "changes",
    authorId: "p2",
    teamId: "t1",
    text,
  });

  it("adds a card, not hidden and not edited, stamped with seq and time", () => {
    const state = applyAll(workshop(), [add("c2", "Hello")], T0 + 10);
    expect(state.cards.c2).toEqual({
      id: "c2",
      phaseId: "changes",
      authorId: "p2",
      teamId: "t1",
      text: "Hello",
      createdAt: T0 + 10,
      editedAt: null,
      hidden: false,
      seq: 2,
    });
  });

  it("keeps the order of posting in each card's seq", () => {
    const state = workshop(add("c2"), add("c3"), add("c4"));
    const bySeq = Object.values(state.cards).sort((a, b) => a.seq - b.seq).map((c) => c.id);
    expect(bySeq).toEqual(["c2", "c3", "c4"]);
  });

  it("an edit changes the text and sets editedAt, keeping createdAt", () => {
    let state = applyAll(workshop(), [add("c2", "Before")], T0);
    state = applyAll(state, [{ type: "card.edited", cardId: "c2", text: "After" }], T0 + 1000);
    expect(state.cards.c2).toMatchObject({ text: "After", createdAt: T0, editedAt: T0 + 1000, seq: 2 });
    expect(state.seq).toBe(3);
  });

  it("a delete removes the card", () => {
    const state = workshop(add("c2"), add("c3"), { type: "card.deleted", cardId: "c2" });
    expect(Object.keys(state.cards)).toEqual(["c3"]);
  });

  it("hide and unhide flip the flag", () => {
    const hidden = workshop(add("c2"), { type: "card.hidden", cardId: "c2" });
    expect(hidden.cards.c2?.hidden).toBe(true);
    const shown = applyAll(hidden, [{ type: "card.unhidden", cardId: "c2" }]);
    expect(shown.cards.c2?.hidden).toBe(false);
    expect(shown.cards.c2?.text).toBe("c2");
  });

  it("unhide brings back a card this copy never held, from the event", () => {
    const card = {
      id: "c2",
      phaseId: "changes",
      authorId: "p2",
      teamId: "t1",
      text: "Back",
      createdAt: T0,
      editedAt: null,
      hidden: true,
      seq: 2,
    };
    const state = workshop({ type: "redacted" }, { type: "card.unhidden", cardId: "c2", card });
    expect(state.cards.c2).toEqual({ ...card, hidden: false });
  });

  it.each<[string, DomainEvent]>([
    ["edit", { type: "card.edited", cardId: "c99", text: "x" }],
    ["delete", { type: "card.deleted", cardId: "c99" }],
    ["hide", { type: "card.hidden", cardId: "c99" }],
    ["unhide without the card", { type: "card.unhidden", cardId: "c99" }],
  ])("%s of a card this copy does not hold changes only seq", (_name, event) => {
    const before = workshop(add("c2"));
    const after = applyAll(before, [event]);
    expect(after).toEqual({ ...before, seq: before.seq + 1 });
  });
});

describe("apply: phases and markers", () => {
  it("a phase change moves the room", () => {
    const { state } = must(workshop(), { type: "phase.goto", phaseId: "mirror" }, facilitator);
    expect(state.currentPhaseId).toBe("mirror");
  });

  it("a redacted marker only advances seq", () => {
    const before = scene();
    const after = applyAll(before, [{ type: "redacted" }]);
    expect(after).toEqual({ ...before, seq: 9 });
  });

  it("does not mutate the state it folds into", () => {
    const state = scene();
    const before = structuredClone(state);
    applyAll(state, [
      { type: "card.edited", cardId: "c5", text: "zzz" },
      { type: "card.deleted", cardId: "c6" },
      { type: "card.hidden", cardId: "c5" },
      { type: "phase.changed", phaseId: "shoes" },
      { type: "participant.joined", participantId: "p13", name: "N", teamId: "t1", tokenHash: hash(13) },
    ]);
    expect(state).toEqual(before);
  });
});

describe("fold", () => {
  it("folds a whole log, and can continue from a state", () => {
    const base = createdEvent();
    const later: SeqEvent[] = [
      { seq: 2, at: T0, event: { type: "phase.changed", phaseId: "changes" } },
      { seq: 3, at: T0, event: { type: "card.added", cardId: "c3", phaseId: "changes", authorId: "p9", teamId: "t1", text: "x" } },
    ];
    const whole = fold([base, ...later]);
    expect(whole.seq).toBe(3);
    expect(whole.currentPhaseId).toBe("changes");
    expect(fold(later, fold([base]))).toEqual(whole);
  });

  it("throws on an empty log", () => {
    expect(() => fold([])).toThrow(/workshop\.created/);
  });

  it.each<DomainEvent>([
    { type: "participant.joined", participantId: "p1", name: "A", teamId: "t1" },
    { type: "phase.changed", phaseId: "lobby" },
    { type: "redacted" },
  ])("throws if the log starts with $type", (event) => {
    expect(() => fold([{ seq: 1, at: T0, event }])).toThrow(/before the workshop was created/);
  });
});
