import { describe, expect, it } from "vitest";
import {
  apply,
  deliveries,
  fold,
  redactEvent,
  viewFor,
  type Actor,
  type Command,
  type DomainEvent,
  type SeqEvent,
  type Viewer,
  type WorkshopState,
} from "@/lib/domain";
import {
  FACILITATOR_HASH,
  T0,
  createdEvent,
  facilitator,
  guest,
  hash,
  participant,
  run,
  scene,
  sequence,
  workshop,
} from "./fixtures";

const VIEWERS: [string, Viewer][] = [
  ["facilitator", { role: "facilitator" }],
  ["screen", { role: "screen" }],
  ["any participant", { role: "participant", participantId: null }],
  ["the author (p2)", { role: "participant", participantId: "p2" }],
  ["another participant (p3)", { role: "participant", participantId: "p3" }],
];
const NON_FACILITATORS = VIEWERS.filter(([, v]) => v.role !== "facilitator");

interface Logged {
  stored: SeqEvent;
  stateAfter: WorkshopState;
}

/** Runs commands through decide+apply from a fresh workshop, keeping every event with the state after it. */
function play(steps: [Command, Actor][]): { state: WorkshopState; log: Logged[] } {
  let state = workshop();
  const log: Logged[] = [{ stored: createdEvent(), stateAfter: state }];
  steps.forEach(([command, actor], i) => {
    const r = run(state, command, actor, T0 + 1000 * (i + 1));
    if (!r.decision.ok) throw new Error(`${command.type}: ${r.decision.error.code}`);
    for (const stored of r.log) {
      state = apply(state, stored);
      log.push({ stored, stateAfter: state });
    }
  });
  return { state, log };
}

const JOINS: [Command, Actor][] = [
  [{ type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)],
  [{ type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)],
  [{ type: "phase.goto", phaseId: "changes" }, facilitator],
  [{ type: "card.add", phaseId: "changes", text: "Alice one" }, participant("p2")], // c5
  [{ type: "card.add", phaseId: "changes", text: "Bob one" }, participant("p3")], // c6
  [{ type: "card.add", phaseId: "changes", text: "Alice rude" }, participant("p2")], // c7
];

/** Every kind of event decide can make, ending with every card visible again. */
const FULL_DAY: [Command, Actor][] = [
  ...JOINS,
  [{ type: "card.edit", cardId: "c5", text: "Alice one, edited" }, participant("p2")],
  [{ type: "card.setHidden", cardId: "c7", hidden: true }, facilitator],
  [{ type: "card.delete", cardId: "c6" }, participant("p3")],
  [{ type: "card.setHidden", cardId: "c7", hidden: false }, facilitator],
  [{ type: "phase.goto", phaseId: "shoes" }, facilitator],
];

describe("viewFor", () => {
  it.each(VIEWERS)("strips the secrets for the %s", (_name, viewer) => {
    const state = scene();
    expect(state.secrets).not.toBeNull();
    expect(viewFor(state, viewer).secrets).toBeNull();
    expect(JSON.stringify(viewFor(state, viewer))).not.toContain(hash(1));
    expect(JSON.stringify(viewFor(state, viewer))).not.toContain(FACILITATOR_HASH);
  });

  it.each(NON_FACILITATORS)("drops hidden cards for the %s", (_name, viewer) => {
    expect(Object.keys(viewFor(scene(), viewer).cards).sort()).toEqual(["c5", "c6"]);
  });

  it("keeps hidden cards for the facilitator, who moderates", () => {
    const view = viewFor(scene(), { role: "facilitator" });
    expect(Object.keys(view.cards).sort()).toEqual(["c5", "c6", "c7"]);
    expect(view.cards.c7?.hidden).toBe(true);
  });

  it.each(VIEWERS)("keeps everything else for the %s", (_name, viewer) => {
    const state = scene();
    const view = viewFor(state, viewer);
    expect(view).toMatchObject({
      code: state.code,
      seq: state.seq,
      currentPhaseId: state.currentPhaseId,
      participants: state.participants,
      teams: state.teams,
    });
  });

  it("does not change the server's state", () => {
    const state = scene();
    const before = structuredClone(state);
    for (const [, viewer] of VIEWERS) viewFor(state, viewer);
    expect(state).toEqual(before);
  });
});

describe("redactEvent", () => {
  it.each(VIEWERS)("strips facilitatorTokenHash from workshop.created for the %s", (_name, viewer) => {
    const stored = createdEvent();
    const copy = redactEvent(stored, workshop(), viewer);
    expect(copy.seq).toBe(1);
    expect(copy.event.type).toBe("workshop.created");
    expect(copy.event).not.toHaveProperty("facilitatorTokenHash");
    expect(JSON.stringify(copy)).not.toContain(FACILITATOR_HASH);
    // The original stays whole for the store.
    expect(stored.event).toHaveProperty("facilitatorTokenHash", FACILITATOR_HASH);
  });

  it.each(VIEWERS)("strips tokenHash from participant.joined for the %s", (_name, viewer) => {
    const { log } = play(JOINS.slice(0, 1));
    const joined = log[1];
    if (!joined) throw new Error("no join");
    const copy = redactEvent(joined.stored, joined.stateAfter, viewer);
    expect(copy.event).toEqual({ type: "participant.joined", participantId: "p2", name: "Alice", teamId: "t1" });
    expect(JSON.stringify(copy)).not.toContain(hash(1));
  });

  describe("an edit of a hidden card", () => {
    // Built from raw events: decide refuses to edit a hidden card, but a client must still be safe.
    const before = scene(); // c7 is hidden
    const edited: DomainEvent = { type: "card.edited", cardId: "c7", text: "Even ruder" };
    const [stored] = sequence(before, [edited], T0 + 5);
    if (!stored) throw new Error("no event");
    const after = apply(before, stored);

    it.each(NON_FACILITATORS)("is a bare marker with the same seq for the %s", (_name, viewer) => {
      expect(redactEvent(stored, after, viewer)).toEqual({ seq: stored.seq, at: stored.at, event: { type: "redacted" } });
    });

    it("is intact for the facilitator", () => {
      expect(redactEvent(stored, after, { role: "facilitator" })).toEqual(stored);
    });
  });

  it.each(VIEWERS)("an edit of a visible card reaches the %s intact", (_name, viewer) => {
    const before = scene();
    const [stored] = sequence(before, [{ type: "card.edited", cardId: "c5", text: "New" }]);
    if (!stored) throw new Error("no event");
    expect(redactEvent(stored, apply(before, stored), viewer)).toEqual(stored);
  });

  describe("card.unhidden", () => {
    const before = scene();
    const [stored] = sequence(before, [{ type: "card.unhidden", cardId: "c7" }]);
    if (!stored) throw new Error("no event");
    const after = apply(before, stored);

    it.each(NON_FACILITATORS)("carries the whole, visible card for the %s", (_name, viewer) => {
      const copy = redactEvent(stored, after, viewer);
      expect(copy.seq).toBe(stored.seq);
      expect(copy.event).toEqual({ type: "card.unhidden", cardId: "c7", card: { ...after.cards.c7, hidden: false } });
      expect(copy.event.type === "card.unhidden" && copy.event.card?.text).toBe("Alice rude");
    });

    it("is bare for the facilitator, who kept the card", () => {
      expect(redactEvent(stored, after, { role: "facilitator" })).toEqual(stored);
    });

    it.each(NON_FACILITATORS)("restores the card in the view of the %s, which never held it", (_name, viewer) => {
      const restored = apply(viewFor(before, viewer), redactEvent(stored, after, viewer));
      expect(restored.cards.c7).toEqual(after.cards.c7);
    });
  });

  it.each<[string, DomainEvent]>([
    ["card.added", { type: "card.added", cardId: "c9", phaseId: "changes", authorId: "p2", teamId: "t1", text: "x" }],
    ["card.deleted", { type: "card.deleted", cardId: "c5" }],
    ["phase.changed", { type: "phase.changed", phaseId: "shoes" }],
    ["redacted", { type: "redacted" }],
  ])("passes %s through for everyone", (_name, event) => {
    const before = scene();
    const [stored] = sequence(before, [event]);
    if (!stored) throw new Error("no event");
    const after = apply(before, stored);
    for (const [, viewer] of VIEWERS) expect(redactEvent(stored, after, viewer)).toEqual(stored);
  });
});

it("turns card.hidden into card.deleted for everyone but the facilitator", () => {
  const before = scene();
  const [stored] = sequence(before, [{ type: "card.hidden", cardId: "c5" }]);
  if (!stored) throw new Error("no event");
  const after = apply(before, stored);
  expect(redactEvent(stored, after, { role: "facilitator" })).toEqual(stored);
  for (const viewer of NON_FACILITATORS.map(([, v]) => v)) {
    expect(redactEvent(stored, after, viewer).event).toEqual({ type: "card.deleted", cardId: "c5" });
  }
});

describe("deliveries", () => {
  const { state: finalState, log } = play([
    ...FULL_DAY,
    [{ type: "card.setHidden", cardId: "c5", hidden: true }, facilitator],
    [{ type: "card.add", phaseId: "changes", text: "Late" }, participant("p3")],
  ]);
  const secrets = [FACILITATOR_HASH, hash(1), hash(2)];

  it("the scenario produced every kind of event decide can make", () => {
    expect(new Set(log.map((l) => l.stored.event.type))).toEqual(
      new Set([
        "workshop.created",
        "participant.joined",
        "phase.changed",
        "card.added",
        "card.edited",
        "card.hidden",
        "card.deleted",
        "card.unhidden",
      ]),
    );
    expect(finalState.seq).toBe(log.length);
  });

  it.each(log.map((l) => [l.stored.seq, l.stored.event.type, l] as const))(
    "seq %i (%s): one copy per audience, same seq, no token hash outside the server",
    (_seq, _type, { stored, stateAfter }) => {
      const out = deliveries(stored, stateAfter);
      expect(out.map((d) => d.to.kind)).toEqual(["facilitator", "screen", "participants"]);
      for (const d of out) {
        expect(d.event.seq).toBe(stored.seq);
        expect(d.event.at).toBe(stored.at);
        const json = JSON.stringify(d);
        for (const secret of secrets) expect(json).not.toContain(secret);
      }
    },
  );

  it("the participants' audience excludes nobody by default", () => {
    const [first] = log;
    if (!first) throw new Error("empty log");
    const out = deliveries(first.stored, first.stateAfter);
    expect(out[2]?.to).toEqual({ kind: "participants", except: [] });
  });

  it("each audience's copy is what redactEvent gives its viewer", () => {
    const viewers: Viewer[] = [
      { role: "facilitator" },
      { role: "screen" },
      { role: "participant", participantId: null },
    ];
    for (const { stored, stateAfter } of log) {
      const out = deliveries(stored, stateAfter);
      viewers.forEach((viewer, i) => expect(out[i]?.event).toEqual(redactEvent(stored, stateAfter, viewer)));
    }
  });
});

describe("an audience folding its deliveries holds what viewFor gives it", () => {
  const AUDIENCE_VIEWERS: [string, number, Viewer][] = [
    ["facilitator", 0, { role: "facilitator" }],
    ["screen", 1, { role: "screen" }],
    ["participants", 2, { role: "participant", participantId: null }],
  ];

  const audienceFold = (log: Logged[], index: number) =>
    fold(
      log.map(({ stored, stateAfter }) => {
        const copy = deliveries(stored, stateAfter)[index];
        if (!copy) throw new Error("missing audience");
        return copy.event;
      }),
    );

  it.each(AUDIENCE_VIEWERS)("%s, after hiding and unhiding", (_name, index, viewer) => {
    const { state, log } = play(FULL_DAY);
    expect(audienceFold(log, index)).toEqual(viewFor(state, viewer));
  });

  it.each(AUDIENCE_VIEWERS)("%s, while a card is hidden", (_name, index, viewer) => {
    const { state, log } = play([...JOINS, [{ type: "card.setHidden", cardId: "c7", hidden: true }, facilitator]]);
    // A phone that reloads gets viewFor (no c7); one that stayed connected folded card.hidden.
    // Both must hold the same cards, or the hidden card stays on the screen and the phones.
    expect(audienceFold(log, index).cards).toEqual(viewFor(state, viewer).cards);
  });

  it("a late joiner's snapshot plus the unhide matches the facilitator's card", () => {
    const { state } = play([...JOINS, [{ type: "card.setHidden", cardId: "c7", hidden: true }, facilitator]]);
    const snapshot = viewFor(state, { role: "participant", participantId: null });
    expect(snapshot.cards.c7).toBeUndefined();
    const [stored] = sequence(state, [{ type: "card.unhidden", cardId: "c7" }]);
    if (!stored) throw new Error("no event");
    const after = apply(state, stored);
    const [, , forParticipants] = deliveries(stored, after);
    if (!forParticipants) throw new Error("no delivery");
    expect(apply(snapshot, forParticipants.event).cards.c7).toEqual(after.cards.c7);
  });
});
