import { describe, expect, it } from "vitest";
import {
  apply,
  deliveries,
  fold,
  redactEvent,
  viewFor,
  type Card,
  type Delivery,
  type DomainEvent,
  type Phase,
  type SeqEvent,
  type Viewer,
  type WorkshopState,
} from "@/lib/domain";
import {
  FACILITATOR_HASH,
  T0,
  cardsPhase,
  customWorkshop,
  facilitator,
  guest,
  hash,
  lobbyPhase,
  participant,
  perspectivePhase,
  play,
  scene,
  sequence,
  workshop,
  type Logged,
  type Step,
} from "../../helpers/domain";

const AGENDA: Phase[] = [
  lobbyPhase(),
  cardsPhase("anon", { columns: [{ id: "keep", label: "Keep" }, { id: "change", label: "Change" }], private: true, anonymous: true }),
  cardsPhase("open"),
  perspectivePhase("shoes", { private: true }),
  { id: "mirror", kind: "mirror", title: "Mirror", prompt: "", timeboxMinutes: null, options: { sourcePhaseId: "shoes" } },
];

const FAC: Viewer = { role: "facilitator" };
const SCREEN: Viewer = { role: "screen" };
const ANYONE: Viewer = { role: "participant", participantId: null };
const as = (participantId: string): Viewer => ({ role: "participant", participantId });

/** The copy a viewer receives among one event's deliveries: exactly one must reach them. */
function copyFor(out: Delivery[], viewer: Viewer): SeqEvent {
  const reaching = out.filter(({ to }) => {
    if (viewer.role !== "participant") return to.kind === viewer.role;
    const me = viewer.participantId;
    if (to.kind === "participant") return to.participantId === me;
    return to.kind === "participants" && (me === null || !to.except.includes(me));
  });
  expect(reaching).toHaveLength(1);
  return reaching[0]!.event;
}

/** Alice p2 (t1, guest 1) and Bob p3 (t2, guest 2) writing in the private, anonymous "anon" phase. */
const START: Step[] = [
  [{ type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)], // p2
  [{ type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)], // p3
  [{ type: "phase.goto", phaseId: "anon" }, facilitator], // 4
  [{ type: "card.add", phaseId: "anon", text: "Alice keeps", column: "keep" }, participant("p2")], // c5
  [{ type: "card.add", phaseId: "anon", text: "Bob changes", column: "change" }, participant("p3")], // c6
];
const started = () => play(customWorkshop(AGENDA), START);

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

/** A card's fields as a viewer's copy holds them. */
const held = (state: WorkshopState, id: string): Partial<Card> | undefined => state.cards[id];

describe("anonymous cards: the author travels to the author alone", () => {
  const { log } = started();
  const added = log.at(-1)!; // Bob's c6
  const out = deliveries(added.stored, added.stateAfter);

  it.each<[string, Viewer, string | null]>([
    ["the author", as("p3"), "p3"],
    ["the facilitator", FAC, null],
  ])("card.added reaches %s with authorId %j", (_name, viewer, authorId) => {
    const copy = copyFor(out, viewer).event;
    expect(copy).toMatchObject({ type: "card.added", cardId: "c6", authorId });
  });

  it.each<[string, Viewer, string | null]>([
    ["the author", as("p3"), "p3"],
    ["the facilitator", FAC, null],
    ["the screen", SCREEN, null],
    ["another participant", as("p2"), null],
  ])("after the reveal, %s holds the card with authorId %j", (_name, viewer, authorId) => {
    const { state } = play(started().state, [[{ type: "phase.reveal", phaseId: "anon" }, facilitator]]);
    const view = viewFor(state, viewer);
    expect(held(view, "c6")?.authorId).toBe(authorId);
    if (authorId === null) expect(JSON.stringify(view.cards)).not.toContain('"authorId":"p3"');
  });
});

describe("private writing: nothing of others' cards before the reveal", () => {
  const { log, state } = started();
  const added = log.at(-1)!; // Bob's c6, private

  it.each<[string, Viewer, "card.added" | "redacted"]>([
    ["the author", as("p3"), "card.added"],
    ["the facilitator", FAC, "card.added"],
    ["the screen", SCREEN, "redacted"],
    ["another participant", as("p2"), "redacted"],
    ["any participant", ANYONE, "redacted"],
  ])("%s gets %s, with the same seq", (_name, viewer, type) => {
    const copy = copyFor(deliveries(added.stored, added.stateAfter), viewer);
    expect(copy.event.type).toBe(type);
    expect(copy.seq).toBe(added.stored.seq);
    if (type === "redacted") expect(JSON.stringify(copy)).not.toContain("Bob changes");
  });

  it.each<[string, Viewer, string[]]>([
    ["the facilitator", FAC, ["c5", "c6"]],
    ["the screen", SCREEN, []],
    ["Alice", as("p2"), ["c5"]],
    ["Bob", as("p3"), ["c6"]],
  ])("viewFor gives %s only the cards it may see", (_name, viewer, ids) => {
    expect(Object.keys(viewFor(state, viewer).cards).sort()).toEqual(ids);
  });

  it("the reveal brings the now-visible cards to those who did not hold them, without authors", () => {
    const { log: revealLog, state: after } = play(state, [
      [{ type: "card.setHidden", cardId: "c5", hidden: true }, facilitator],
      [{ type: "phase.reveal", phaseId: "anon" }, facilitator],
    ]);
    const revealed = revealLog.at(-1)!;
    const out = deliveries(revealed.stored, after);
    expect(copyFor(out, FAC).event).toEqual({ type: "phase.revealed", phaseId: "anon" });
    for (const viewer of [SCREEN, ANYONE, as("p2"), as("p3")]) {
      const copy = copyFor(out, viewer).event;
      if (copy.type !== "phase.revealed") throw new Error(copy.type);
      // The hidden card stays out; the anonymous one comes without its author.
      expect(copy.cards?.map((c) => [c.id, c.authorId, c.text])).toEqual([["c6", null, "Bob changes"]]);
    }
  });

  it("an author's edit before the reveal reaches the author, and no one else", () => {
    const { log: editLog } = play(state, [[{ type: "card.edit", cardId: "c6", text: "Bob, better" }, participant("p3")]]);
    const edit = editLog.at(-1)!;
    const out = deliveries(edit.stored, edit.stateAfter);
    expect(copyFor(out, as("p3")).event).toEqual({ type: "card.edited", cardId: "c6", text: "Bob, better" });
    expect(copyFor(out, FAC).event.type).toBe("card.edited");
    for (const viewer of [SCREEN, as("p2")]) expect(copyFor(out, viewer).event).toEqual({ type: "redacted" });
  });

  it("an unhidden card comes back to its author, marked as theirs, and to no one else", () => {
    const { log: unhideLog } = play(state, [
      [{ type: "card.setHidden", cardId: "c6", hidden: true }, facilitator],
      [{ type: "card.setHidden", cardId: "c6", hidden: false }, facilitator],
    ]);
    const unhide = unhideLog.at(-1)!;
    const out = deliveries(unhide.stored, unhide.stateAfter);
    expect(copyFor(out, as("p3")).event).toMatchObject({ type: "card.unhidden", card: { id: "c6", authorId: "p3" } });
    for (const viewer of [SCREEN, as("p2")]) expect(copyFor(out, viewer).event).toEqual({ type: "redacted" });
  });
});

describe("card.hidden", () => {
  it.each<[string, Viewer, string]>([
    ["the facilitator", FAC, "card.hidden"],
    ["the screen", SCREEN, "card.deleted"],
    ["the author", as("p2"), "card.deleted"],
    ["any participant", ANYONE, "card.deleted"],
  ])("reaches %s as %s", (_name, viewer, type) => {
    const before = scene();
    const [stored] = sequence(before, [{ type: "card.hidden", cardId: "c5" }]);
    const copy = redactEvent(stored!, apply(before, stored!), viewer);
    expect(copy.event).toEqual({ type, cardId: "c5" });
  });
});

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

describe("deliveries", () => {
  const cases: [string, () => Logged, string[]][] = [
    ["a public card: one shared copy", () => play(workshop(), [[{ type: "participant.join", name: "A", teamId: "t1" }, guest(1)], [{ type: "phase.goto", phaseId: "changes" }, facilitator], [{ type: "card.add", phaseId: "changes", text: "Hi" }, participant("p2")]]).log.at(-1)!, ["facilitator", "screen", "participants:"]],
    ["a join: the token hash is stripped for all alike", () => play(workshop(), [[{ type: "participant.join", name: "A", teamId: "t1" }, guest(1)]]).log.at(-1)!, ["facilitator", "screen", "participants:"]],
    ["an anonymous card: the author's own copy apart", () => started().log.at(-1)!, ["facilitator", "screen", "participants:p3", "participant:p3"]],
    ["a reaction: everyone sees the same", () => play(scene(), [[{ type: "card.react", cardId: "c5", reaction: "recognised" }, participant("p3")]]).log.at(-1)!, ["facilitator", "screen", "participants:"]],
  ];

  it.each(cases)("%s", (_name, logged, audiences) => {
    const { stored, stateAfter } = logged();
    const out = deliveries(stored, stateAfter);
    const names = out.map(({ to }) => (to.kind === "participants" ? `participants:${to.except.join(",")}` : to.kind === "participant" ? `participant:${to.participantId}` : to.kind));
    expect(names).toEqual(audiences);
    for (const d of out) expect([d.event.seq, d.event.at]).toEqual([stored.seq, stored.at]);
  });
});

describe("answers, votes and dots: one's own only", () => {
  const before = applyJoins();
  function applyJoins(): WorkshopState {
    return play(workshop(), [
      [{ type: "participant.join", name: "A", teamId: "t1" }, guest(1)],
      [{ type: "participant.join", name: "B", teamId: "t2" }, guest(2)],
    ]).state;
  }
  const EVENTS: [string, DomainEvent, "anonymised" | "redacted"][] = [
    ["pulse.answered", { type: "pulse.answered", phaseId: "check-in", questionId: "they-understand", participantId: "p2", teamId: "t1", value: 4, previous: null }, "anonymised"],
    ["belief.voted", { type: "belief.voted", beliefId: "b9", participantId: "p2", teamId: "t1", vote: "agree", previous: null }, "anonymised"],
    ["dot.added", { type: "dot.added", phaseId: "brainstorm", cardId: "c9", participantId: "p2" }, "redacted"],
    ["dot.removed", { type: "dot.removed", phaseId: "brainstorm", cardId: "c9", participantId: "p2" }, "redacted"],
  ];

  it.each(EVENTS)("%s: the voter's own copy names them; everyone else's does not", (_name, event, others) => {
    const [stored] = sequence(before, [event]);
    // The state is not consulted for these copies; the feature's appliers are not under test here.
    const out = deliveries(stored!, before);
    expect(copyFor(out, as("p2")).event).toEqual(event);
    for (const viewer of [FAC, SCREEN, as("p3"), ANYONE]) {
      const copy = copyFor(out, viewer).event;
      expect(copy).toEqual(others === "redacted" ? { type: "redacted" } : { ...event, participantId: null });
    }
  });

  it.each<[string, Viewer, string[]]>([
    ["the facilitator", FAC, []],
    ["the screen", SCREEN, []],
    ["any participant", ANYONE, []],
    ["p2", as("p2"), ["p2"]],
    ["p3", as("p3"), ["p3"]],
  ])("viewFor gives %s only their own", (_name, viewer, own) => {
    const state: WorkshopState = {
      ...before,
      pulseAnswers: { "check-in": { p2: { q: { value: 4, teamId: "t1" } }, p3: { q: { value: 2, teamId: "t2" } } } },
      beliefBallots: { b9: { p2: { value: "agree", teamId: "t1" }, p3: { value: "disagree", teamId: "t2" } } },
      dots: { brainstorm: { p2: { c9: 2 }, p3: { c9: 1 } } },
    };
    const view = viewFor(state, viewer);
    expect(Object.keys(view.pulseAnswers["check-in"] ?? {})).toEqual(own);
    expect(Object.keys(view.beliefBallots.b9 ?? {})).toEqual(own);
    expect(Object.keys(view.dots.brainstorm ?? {})).toEqual(own);
  });
});
