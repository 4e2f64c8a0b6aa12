import { describe, expect, it } from "vitest";
import {
  CommandSchema,
  deliveries,
  fold,
  viewFor,
  type Actor,
  type CommandInput,
  type Delivery,
  type Viewer,
  type WorkshopState,
} from "@/lib/domain";
import { dotsOf, tallyOf, votesLeft } from "@/lib/domain/features/brainstorm/dots";
import { MAX_GROUPS } from "@/lib/domain/features/brainstorm/decide";
import { ideasByGroup, rankingOf } from "@/lib/domain/features/brainstorm/ranking";
import {
  applyAll,
  createdEvent,
  facilitator,
  goto,
  guest,
  join,
  must,
  no,
  participant,
  play,
  run,
  screen,
  verdict,
  workshop,
  yes,
  type Logged,
  type Step,
} from "../../helpers/domain";

const alice = participant("p2"); // Sales
const bob = participant("p3"); // IT
const cleo = participant("p4"); // Finance

/**
 * Alice p2, Bob p3 and Cleo p4 in the brainstorm [5]; ideas c6 (Alice), c7 (Bob), c8 (Cleo).
 * Next id suffix: 9.
 */
function withIdeas(): WorkshopState {
  let s = join(workshop(), "Alice", "t1", 1).state;
  s = join(s, "Bob", "t2", 2).state;
  s = join(s, "Cleo", "t3", 3).state;
  s = goto(s, "brainstorm");
  s = must(s, { type: "card.add", phaseId: "brainstorm", text: "Answer within a day" }, alice).state;
  s = must(s, { type: "card.add", phaseId: "brainstorm", text: "One contact per customer" }, bob).state;
  return must(s, { type: "card.add", phaseId: "brainstorm", text: "Check offers with Finance" }, cleo).state;
}

/** Alice made group g9 "Speed" and put c6 in it [10]. Next id suffix: 11. */
function grouped(): WorkshopState {
  const s = must(withIdeas(), { type: "group.create", phaseId: "brainstorm", title: "Speed" }, alice).state;
  return must(s, { type: "card.group", cardId: "c6", groupId: "g9" }, alice).state;
}

const dot = (cardId: string, actor: Actor, s: WorkshopState) => must(s, { type: "dot.add", phaseId: "brainstorm", cardId }, actor).state;
const undot = (cardId: string, actor: Actor, s: WorkshopState) => must(s, { type: "dot.remove", phaseId: "brainstorm", cardId }, actor).state;
const close = (s: WorkshopState) => must(s, { type: "vote.close", phaseId: "brainstorm" }, facilitator).state;

const after = (s: () => WorkshopState, command: CommandInput, actor: Actor = facilitator) => () => must(s(), command, actor).state;
const locked = after(grouped, { type: "phase.lock", phaseId: "brainstorm", locked: true });
const ended = after(grouped, { type: "workshop.end" });
const closed = () => close(grouped());
const c7Hidden = after(grouped, { type: "card.setHidden", cardId: "c7", hidden: true });
const c8MergedIntoC7 = after(grouped, { type: "card.merge", cardId: "c8", intoCardId: "c7" });
/** Alice used her 3 votes: two on c7, one on c8. */
const aliceSpent = () => dot("c8", alice, dot("c7", alice, dot("c7", alice, grouped())));
const aliceOnC8 = () => dot("c8", alice, grouped());
/** A second brainstorm phase on the agenda, with a group g20 of its own. */
function twoBrainstorms(): WorkshopState {
  const s = grouped();
  const copy = s.agenda.find((p) => p.id === "brainstorm")!;
  const agenda = [...s.agenda.slice(0, -1), { ...copy, id: "brainstorm-2" }, ...s.agenda.slice(-1)];
  return applyAll({ ...s, agenda }, [{ type: "group.created", groupId: "g20", phaseId: "brainstorm-2", title: "Elsewhere" }]);
}
const withBudget = (budget: number) => () => {
  const s = grouped();
  return { ...s, agenda: s.agenda.map((p) => (p.kind === "brainstorm" ? { ...p, options: { budget } } : p)) };
};

const create = (title: string, phaseId = "brainstorm"): CommandInput => ({ type: "group.create", phaseId, title });
const rename = (groupId: string, title: string): CommandInput => ({ type: "group.rename", groupId, title });
const move = (cardId: string, groupId: string | null): CommandInput => ({ type: "card.group", cardId, groupId });
const add = (cardId: string, phaseId = "brainstorm"): CommandInput => ({ type: "dot.add", phaseId, cardId });
const remove = (cardId: string): CommandInput => ({ type: "dot.remove", phaseId: "brainstorm", cardId });
const closeVote = (phaseId = "brainstorm"): CommandInput => ({ type: "vote.close", phaseId });

describe("brainstorm commands", () => {
  const cases: [name: string, state: () => WorkshopState, command: CommandInput, actor: Actor, expected: ReturnType<typeof yes> | ReturnType<typeof no>][] = [
    // group.create: anyone in the workshop groups similar ideas.
    ["a participant makes a group", withIdeas, create("Speed"), alice, yes(["group.created"], "g9")],
    ["the facilitator makes a group", withIdeas, create("Speed"), facilitator, yes(["group.created"], "g9")],
    ["a group named like one that exists is that group", grouped, create("  speed "), bob, yes([], "g9")],
    ["the screen makes no groups", withIdeas, create("Speed"), screen, no("forbidden", /Join the workshop/)],
    ["a guest makes no groups", withIdeas, create("Speed"), guest(9), no("forbidden", /Join the workshop/)],
    ["not in a phase of another kind", withIdeas, create("Speed", "changes"), alice, no("not_found", /does not take this kind of input/)],
    ["the facilitator neither", withIdeas, create("Speed", "changes"), facilitator, no("not_found", /no ideas to group/)],
    ["a participant not while the phase is locked", locked, create("Trust"), alice, no("closed", /locked/)],
    ["the facilitator regroups while it is locked", locked, create("Trust"), facilitator, yes(["group.created"], "g12")],
    ["nobody once the workshop has ended", ended, create("Trust"), facilitator, no("closed", /ended/)],
    ["not before the room reaches the phase", () => goto(withIdeas(), "strengths"), create("Trust"), alice, no("closed", /not started yet/)],
    [
      `not more than ${MAX_GROUPS} groups`,
      () => Array.from({ length: MAX_GROUPS }, (_, i) => create(`G${i}`)).reduce((s, c) => must(s, c, alice).state, withIdeas()),
      create("One more"),
      bob,
      no("conflict", /already 40 groups/),
    ],

    // group.rename
    ["a participant renames a group", grouped, rename("g9", "Faster answers"), bob, yes(["group.renamed"], "g9")],
    ["the same name changes nothing", grouped, rename("g9", "Speed"), bob, yes([], "g9")],
    ["a name another group has", after(grouped, create("Trust")), rename("g9", "trust"), bob, no("conflict", /already a group called "trust"/)],
    ["a group that does not exist", grouped, rename("g99", "X"), bob, no("not_found", /group does not exist/)],
    ["the screen renames nothing", grouped, rename("g9", "X"), screen, no("forbidden", /Join the workshop/)],
    ["not while locked", locked, rename("g9", "X"), bob, no("closed", /locked/)],

    // card.group: "Move to group" and drag-and-drop.
    ["a participant moves an idea into a group", grouped, move("c7", "g9"), bob, yes(["card.grouped"], "c7")],
    ["someone else's idea too", grouped, move("c8", "g9"), bob, yes(["card.grouped"], "c8")],
    ["the facilitator moves an idea", grouped, move("c7", "g9"), facilitator, yes(["card.grouped"], "c7")],
    ["out of its group", grouped, move("c6", null), cleo, yes(["card.grouped"], "c6")],
    ["into the group it is in changes nothing", grouped, move("c6", "g9"), cleo, yes([], "c6")],
    ["into a group of another brainstorm", twoBrainstorms, move("c7", "g20"), bob, no("invalid_input", /group of its own brainstorm/)],
    ["into a group that does not exist", grouped, move("c7", "g99"), bob, no("not_found", /group does not exist/)],
    ["an idea that does not exist", grouped, move("c99", "g9"), bob, no("not_found", /idea does not exist/)],
    ["a hidden idea, for a participant", c7Hidden, move("c7", "g9"), bob, no("not_found", /idea does not exist/)],
    ["a hidden idea, for the facilitator", c7Hidden, move("c7", "g9"), facilitator, yes(["card.grouped"], "c7")],
    ["a card that is not an idea", () => must(goto(grouped(), "changes"), { type: "card.add", phaseId: "changes", text: "x" }, bob).state, move("c12", null), bob, no("not_found", /does not take this kind of input/)],
    ["the screen moves nothing", grouped, move("c7", "g9"), screen, no("forbidden", /Join the workshop/)],
    ["not while locked", locked, move("c7", "g9"), bob, no("closed", /locked/)],

    // dot.add: a budget per person, enforced here.
    ["a participant gives an idea a vote", grouped, add("c7"), alice, yes(["dot.added"], "c7")],
    ["several votes on one idea", after(grouped, add("c7"), alice), add("c7"), alice, yes(["dot.added"], "c7")],
    ["one's own idea too", grouped, add("c6"), alice, yes(["dot.added"], "c6")],
    ["no vote left", aliceSpent, add("c6"), alice, no("conflict", /used all 3 of your votes/)],
    ["someone else still has theirs", aliceSpent, add("c6"), bob, yes(["dot.added"], "c6")],
    ["a budget of one", withBudget(1), add("c6"), alice, yes(["dot.added"], "c6")],
    ["a budget of one, used", () => dot("c7", alice, withBudget(1)()), add("c6"), alice, no("conflict", /used all 1 of your votes/)],
    ["a vote on a hidden idea comes back to its voter", () => must(aliceSpent(), { type: "card.setHidden", cardId: "c8", hidden: true }, facilitator).state, add("c6"), alice, yes(["dot.added"], "c6")],
    ["an idea that does not exist", grouped, add("c99"), alice, no("not_found", /not in this vote/)],
    ["a hidden idea", c7Hidden, add("c7"), alice, no("not_found", /not in this vote/)],
    ["a vote in a brainstorm the room has not reached", twoBrainstorms, add("c7", "brainstorm-2"), alice, no("closed", /not started yet/)],
    ["the facilitator does not vote", grouped, add("c7"), facilitator, no("forbidden", /Join the workshop/)],
    ["the screen does not vote", grouped, add("c7"), screen, no("forbidden", /Join the workshop/)],
    ["not while the phase is locked", locked, add("c7"), alice, no("closed", /locked/)],
    ["not once the vote is closed", closed, add("c7"), alice, no("closed", /vote is closed/)],
    ["not once the workshop has ended", ended, add("c7"), alice, no("closed", /ended/)],

    // dot.remove
    ["taking a vote back", aliceOnC8, remove("c8"), alice, yes(["dot.removed"], "c8")],
    ["taking back a vote one never gave changes nothing", aliceOnC8, remove("c7"), alice, yes([], "c7")],
    ["nor can one take back someone else's", aliceOnC8, remove("c8"), bob, yes([], "c8")],
    ["not once the vote is closed", () => close(aliceOnC8()), remove("c8"), alice, no("closed", /vote is closed/)],
    ["the facilitator takes back nobody's votes", aliceOnC8, remove("c8"), facilitator, no("forbidden", /Join the workshop/)],

    // vote.close
    ["the facilitator closes the vote", grouped, closeVote(), facilitator, yes(["vote.closed"])],
    ["closing it twice changes nothing", closed, closeVote(), facilitator, yes([])],
    ["a participant cannot close it", grouped, closeVote(), alice, no("forbidden", /Only the facilitator/)],
    ["the screen cannot close it", grouped, closeVote(), screen, no("forbidden", /Only the facilitator/)],
    ["a phase without a vote", grouped, closeVote("changes"), facilitator, no("not_found", /no vote to close/)],
    ["not once the workshop has ended", ended, closeVote(), facilitator, no("closed", /ended/)],
  ];

  it.each(cases)("%s", (_name, state, command, actor, expected) => {
    expect(verdict(run(state(), command, actor).decision)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ["a group without a title", { type: "group.create", phaseId: "brainstorm", title: "  " }],
    ["a group title over 40 characters", { type: "group.create", phaseId: "brainstorm", title: "x".repeat(41) }],
    ["a vote without an idea", { type: "dot.add", phaseId: "brainstorm" }],
    ["a move without a group field", { type: "card.group", cardId: "c6" }],
  ])("refuses %s before it reaches the rules", (_name, command) => {
    expect(CommandSchema.safeParse(command).success).toBe(false);
  });
});

describe("groups", () => {
  it("a new group has its title and phase; a rename changes the title only", () => {
    const s = must(grouped(), rename("g9", "Faster answers"), bob).state;
    expect(s.groups.g9).toEqual({ id: "g9", phaseId: "brainstorm", title: "Faster answers" });
  });

  it("shows ideas by group in the order they were posted, then those in no group", () => {
    let s = must(grouped(), create("Trust"), bob).state; // g11
    s = must(s, move("c8", "g9"), bob).state;
    const columns = ideasByGroup(s, "brainstorm").map(({ group, ideas }) => [group?.title ?? null, ideas.map((c) => c.id)]);
    expect(columns).toEqual([
      ["Speed", ["c6", "c8"]],
      ["Trust", []],
      [null, ["c7"]],
    ]);
  });

  it("leaves hidden ideas out but for the facilitator's board", () => {
    const s = c7Hidden();
    expect(ideasByGroup(s, "brainstorm").at(-1)?.ideas.map((c) => c.id)).toEqual(["c8"]);
    expect(ideasByGroup(s, "brainstorm", true).at(-1)?.ideas.map((c) => c.id)).toEqual(["c7", "c8"]);
  });
});

describe("the vote budget", () => {
  it.each<[string, () => WorkshopState, number]>([
    ["nobody voted", grouped, 3],
    ["two votes on one idea", () => dot("c7", alice, dot("c7", alice, grouped())), 1],
    ["all used", aliceSpent, 0],
    ["one taken back", () => undot("c7", alice, aliceSpent()), 1],
    ["an idea with a vote was hidden", () => must(aliceSpent(), { type: "card.setHidden", cardId: "c8", hidden: true }, facilitator).state, 1],
  ])("votes left when %s", (_name, state, left) => {
    expect(votesLeft(state(), "brainstorm", "p2")).toBe(left);
    // A phone counts the same from its own copy.
    expect(votesLeft(viewFor(state(), { role: "participant", participantId: "p2" }), "brainstorm", "p2")).toBe(left);
  });

  it("a vote for a duplicate that was merged counts for the idea it went into", () => {
    const s = must(aliceOnC8(), { type: "card.merge", cardId: "c8", intoCardId: "c7" }, facilitator).state;
    expect(dotsOf(s, "brainstorm", "p2")).toEqual({ c7: 1 });
    expect(votesLeft(s, "brainstorm", "p2")).toBe(2);
    // Taking it back from the idea takes it off the duplicate it sits on.
    expect(run(s, remove("c7"), alice).decision).toMatchObject({ ok: true, events: [{ type: "dot.removed", cardId: "c8" }] });
  });

  it("a stale phone voting for a merged duplicate votes for the idea it went into", () => {
    expect(run(c8MergedIntoC7(), add("c8"), alice).decision).toMatchObject({ ok: true, events: [{ type: "dot.added", cardId: "c7" }] });
  });
});

describe("closing the vote", () => {
  /** Alice: c7 ×2, c8. Bob: c6, c7. Cleo: c8 ×3 — then Cleo is removed. */
  function voted(): WorkshopState {
    let s = aliceSpent();
    s = dot("c7", bob, dot("c6", bob, s));
    s = dot("c8", cleo, dot("c8", cleo, dot("c8", cleo, s)));
    return s;
  }

  it("publishes the sum of everyone's dots per idea, every idea listed", () => {
    const s = close(voted());
    expect(s.dotTallies.brainstorm).toEqual({ c6: 1, c7: 3, c8: 4 });
    expect(s.controls.brainstorm?.voteClosed).toBe(true);
  });

  it("counts a merged duplicate's dots on the idea it went into; a hidden idea's not at all", () => {
    let s = must(voted(), { type: "card.merge", cardId: "c8", intoCardId: "c7" }, facilitator).state;
    s = must(s, { type: "card.setHidden", cardId: "c6", hidden: true }, facilitator).state;
    expect(tallyOf(s, "brainstorm")).toEqual({ c7: 7 });
  });

  it("leaves out the dots of someone the facilitator removed", () => {
    const s = must(voted(), { type: "participant.remove", participantId: "p4" }, facilitator).state;
    expect(tallyOf(s, "brainstorm")).toEqual({ c6: 1, c7: 3, c8: 1 });
  });

  it("ranks ideas by dots, a tie going to the idea posted first, and groups by the sum of theirs", () => {
    const trust = must(voted(), create("Trust"), bob);
    let s = must(trust.state, move("c7", trust.id), bob).state;
    s = dot("c6", bob, s); // c6: 2, c7: 3, c8: 4
    s = must(s, create("Empty"), bob).state;
    s = close(s);
    s = must(s, { type: "card.add", phaseId: "brainstorm", text: "Too late" }, bob).state;
    const ranking = rankingOf(s, "brainstorm");
    const late = Object.values(s.cards).find((c) => c.text === "Too late")!.id;
    expect(ranking.ideas.map((i) => [i.card.id, i.dots])).toEqual([["c8", 4], ["c7", 3], ["c6", 2], [late, 0]]);
    expect(ranking.groups.map((g) => [g.group.title, g.dots, g.ideas.map((i) => i.card.id)])).toEqual([
      ["Trust", 3, ["c7"]],
      ["Speed", 2, ["c6"]],
      ["Empty", 0, []],
    ]);
    expect(ranking.ungrouped.map((i) => i.card.id)).toEqual(["c8", late]);
  });

  it("breaks ties by posting order, for groups by the order they were made", () => {
    let s = must(grouped(), create("Trust"), bob).state; // g11
    s = must(s, move("c7", "g11"), bob).state;
    s = close(dot("c7", alice, dot("c6", bob, s)));
    expect(rankingOf(s, "brainstorm").ideas.map((i) => i.card.id)).toEqual(["c6", "c7", "c8"]);
    expect(rankingOf(s, "brainstorm").groups.map((g) => g.group.title)).toEqual(["Speed", "Trust"]);
  });

  it("has no ranking while the vote is open", () => {
    expect(rankingOf(voted(), "brainstorm")).toEqual({ ideas: [], groups: [], ungrouped: [] });
  });
});

describe("blind voting: what leaves the server", () => {
  const base = play(workshop(), [
    [{ type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)],
    [{ type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)],
    [{ type: "phase.goto", phaseId: "brainstorm" }, facilitator],
    [{ type: "card.add", phaseId: "brainstorm", text: "Answer within a day" }, alice], // c5
    [{ type: "card.add", phaseId: "brainstorm", text: "One contact per customer" }, bob], // c6
  ]);
  const start: Logged[] = [{ stored: createdEvent(), stateAfter: workshop() }, ...base.log];
  const VOTING: Step[] = [
    [create("Speed"), bob], // g7
    [move("c5", "g7"), alice],
    [add("c5"), alice],
    [add("c6"), alice],
    [add("c6"), bob],
    [remove("c6"), alice],
  ];

  const copyFor = (out: Delivery[], participantId: string) =>
    (out.find((d) => d.to.kind === "participant" && d.to.participantId === participantId) ??
      out.find((d) => d.to.kind === "participants" && !d.to.except.includes(participantId)))!.event;
  const audiences: [string, Viewer, (out: Delivery[]) => Delivery["event"]][] = [
    ["the facilitator", { role: "facilitator" }, (out) => out[0]!.event],
    ["the screen", { role: "screen" }, (out) => out[1]!.event],
    ["Alice", { role: "participant", participantId: "p2" }, (out) => copyFor(out, "p2")],
    ["Bob", { role: "participant", participantId: "p3" }, (out) => copyFor(out, "p3")],
  ];
  const foldFor = (log: Logged[], pick: (out: Delivery[]) => Delivery["event"]) =>
    fold([...start, ...log].map(({ stored, stateAfter }) => pick(deliveries(stored, stateAfter))));

  it("a dot reaches its voter alone: the facilitator, the screen and the others get a bare marker", () => {
    const { log } = play(base.state, [[add("c5"), alice]]);
    const out = deliveries(log[0]!.stored, log[0]!.stateAfter);
    expect(out.map((d) => [d.to, d.event.event.type])).toEqual([
      [{ kind: "facilitator" }, "redacted"],
      [{ kind: "screen" }, "redacted"],
      [{ kind: "participants", except: ["p2"] }, "redacted"],
      [{ kind: "participant", participantId: "p2" }, "dot.added"],
    ]);
    for (const d of out) expect(d.event.seq).toBe(log[0]!.stored.seq);
  });

  it.each(audiences)("%s holds only their own dots and no tally while the vote is open", (_name, viewer, pick) => {
    const { state, log } = play(base.state, VOTING);
    const held = foldFor(log, pick);
    const me = viewer.role === "participant" ? viewer.participantId : null;
    expect(held.dotTallies).toEqual({});
    expect(Object.keys(held.dots.brainstorm ?? {})).toEqual(me ? [me] : []);
    // What a reload gives holds the same: the same own dots, nobody else's, no tally. (The view
    // may keep an empty entry for the phase where the fold has none: no dots either way.)
    const { dots: heldDots, ...heldRest } = held;
    const { dots: viewDots, ...viewRest } = viewFor(state, viewer);
    expect(heldRest).toEqual(viewRest);
    expect(viewDots.brainstorm ?? {}).toEqual(heldDots.brainstorm ?? {});
  });

  it.each(audiences)("%s gets the full tally when the vote closes", (_name, _viewer, pick) => {
    const { state, log } = play(base.state, [...VOTING, [closeVote(), facilitator]]);
    expect(foldFor(log, pick).dotTallies).toEqual({ brainstorm: { c5: 1, c6: 1 } });
    expect(state.dotTallies).toEqual({ brainstorm: { c5: 1, c6: 1 } });
    expect(foldFor(log, pick).controls.brainstorm?.voteClosed).toBe(true);
  });

  it("Alice's copy counts her votes left as the server does", () => {
    const { state, log } = play(base.state, VOTING);
    expect(votesLeft(foldFor(log, (out) => copyFor(out, "p2")), "brainstorm", "p2")).toBe(votesLeft(state, "brainstorm", "p2"));
    expect(votesLeft(state, "brainstorm", "p2")).toBe(2);
  });
});
