import { describe, expect, it } from "vitest";
import {
  apply,
  CommandSchema,
  deliveries,
  fold,
  redactEvent,
  viewFor,
  type Actor,
  type CommandInput,
  type Delivery,
  type DomainEvent,
  type Viewer,
  type WorkshopState,
} from "@/lib/domain";
import { beliefResults } from "@/lib/domain/features/beliefs/results";
import { beliefsOf, mayReply } from "@/lib/domain/features/beliefs/select";
import {
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
  sequence,
  verdict,
  workshop,
  yes,
  type Logged,
  type Step,
} from "../../helpers/domain";

const alice = participant("p2"); // Sales
const bob = participant("p3"); // IT
const cleo = participant("p4"); // Finance

/** Alice p2 (Sales), Bob p3 (IT) and Cleo p4 (Finance) in "Us and them" [5]. Next id suffix: 6. */
function inBeliefs(): WorkshopState {
  let s = join(workshop(), "Alice", "t1", 1).state;
  s = join(s, "Bob", "t2", 2).state;
  s = join(s, "Cleo", "t3", 3).state;
  return goto(s, "beliefs");
}

/** Alice posted b6 about IT; Bob posted b7 about everyone. Next id suffix: 8. */
function posted(): WorkshopState {
  let s = inBeliefs();
  s = must(s, { type: "belief.add", phaseId: "beliefs", aboutTeamId: "t2", cause: "unexplained", text: "IT always causes the delay" }, alice).state;
  return must(s, { type: "belief.add", phaseId: "beliefs", aboutTeamId: null, cause: "other", text: "Nobody reads the wiki" }, bob).state;
}

const after = (s: () => WorkshopState, command: CommandInput, actor: Actor = facilitator) => () => must(s(), command, actor).state;
const hidden = after(posted, { type: "belief.setHidden", beliefId: "b6", hidden: true });
const locked = after(posted, { type: "phase.lock", phaseId: "beliefs", locked: true });
const ended = after(posted, { type: "workshop.end" });
const bobRemoved = after(posted, { type: "participant.remove", participantId: "p3" });
const aliceAgrees = after(posted, { type: "belief.vote", beliefId: "b6", vote: "agree" }, alice);
const spotlit = after(posted, { type: "spotlight.set", ref: { kind: "belief", id: "b6" } });

const add = (aboutTeamId: string | null, phaseId = "beliefs"): CommandInput => ({ type: "belief.add", phaseId, aboutTeamId, cause: "not-consulted", text: "They decide without us" });
const reply = (beliefId: string): CommandInput => ({ type: "belief.reply", beliefId, text: "We were told by the auditor at short notice" });
const vote = (beliefId: string, v: "agree" | "partly" | "disagree"): CommandInput => ({ type: "belief.vote", beliefId, vote: v });
const hide = (beliefId: string, on: boolean): CommandInput => ({ type: "belief.setHidden", beliefId, hidden: on });

describe("belief commands", () => {
  const cases: [name: string, state: () => WorkshopState, command: CommandInput, actor: Actor, expected: ReturnType<typeof yes> | ReturnType<typeof no>][] = [
    // belief.add: anonymous, about a team of the workshop or about everyone.
    ["a participant posts a belief about a team", inBeliefs, add("t2"), alice, yes(["belief.added"], "b6")],
    ["about everyone", inBeliefs, add(null), alice, yes(["belief.added"], "b6")],
    ["about their own team", inBeliefs, add("t1"), alice, yes(["belief.added"], "b6")],
    ["about a team the workshop does not have", inBeliefs, add("t9"), alice, no("not_found", /team is not part of this workshop/)],
    ["the facilitator does not post beliefs", inBeliefs, add("t2"), facilitator, no("forbidden", /Join the workshop/)],
    ["the screen does not post beliefs", inBeliefs, add("t2"), screen, no("forbidden", /Join the workshop/)],
    ["a guest does not post beliefs", inBeliefs, add("t2"), guest(9), no("forbidden", /Join the workshop/)],
    ["a removed participant does not post beliefs", bobRemoved, add("t1"), bob, no("forbidden", /removed you/)],
    ["not before the room reaches the phase", () => goto(inBeliefs(), "mirror"), add("t2"), alice, no("closed", /not started yet/)],
    ["not into a phase of another kind", inBeliefs, add("t2", "changes"), alice, no("not_found", /does not take this kind of input/)],
    ["not while the phase is locked", locked, add("t2"), alice, no("closed", /locked/)],
    ["not once the workshop has ended", ended, add("t2"), alice, no("closed", /ended/)],
    ["a late belief still lands once the room has moved on", () => goto(posted(), "strengths"), add("t2"), alice, yes(["belief.added"], "b9")],

    // belief.reply: the team concerned says what is behind it.
    ["a member of the team concerned replies", posted, reply("b6"), bob, yes(["belief.replied"], "r8")],
    ["someone from another team cannot reply for them", posted, reply("b6"), alice, no("forbidden", /Only members of IT/)],
    ["anyone replies to a belief about everyone", posted, reply("b7"), cleo, yes(["belief.replied"], "r8")],
    ["the facilitator does not reply (a reply speaks for a team)", posted, reply("b7"), facilitator, no("forbidden", /Join the workshop/)],
    ["the screen does not reply", posted, reply("b7"), screen, no("forbidden", /Join the workshop/)],
    ["a reply to a belief that does not exist", posted, reply("b99"), bob, no("not_found", /does not exist/)],
    ["a reply to a hidden belief", hidden, reply("b6"), bob, no("not_found", /does not exist/)],
    ["no reply while the phase is locked", locked, reply("b6"), bob, no("closed", /locked/)],
    ["no reply once the workshop has ended", ended, reply("b6"), bob, no("closed", /ended/)],
    ["a removed participant does not reply", bobRemoved, reply("b6"), bob, no("forbidden", /removed you/)],

    // belief.vote: one vote per person, changeable.
    ["a participant votes", posted, vote("b6", "agree"), alice, yes(["belief.voted"], "b6")],
    ["the same vote again changes nothing", aliceAgrees, vote("b6", "agree"), alice, yes([], "b6")],
    ["changing one's vote", aliceAgrees, vote("b6", "disagree"), alice, yes(["belief.voted"], "b6")],
    ["the team concerned votes too", posted, vote("b6", "disagree"), bob, yes(["belief.voted"], "b6")],
    ["the facilitator does not vote", posted, vote("b6", "agree"), facilitator, no("forbidden", /Join the workshop/)],
    ["the screen does not vote", posted, vote("b6", "agree"), screen, no("forbidden", /Join the workshop/)],
    ["a vote on a belief that does not exist", posted, vote("b99", "agree"), alice, no("not_found", /does not exist/)],
    ["a vote on a hidden belief", hidden, vote("b6", "agree"), alice, no("not_found", /does not exist/)],
    ["no vote while the phase is locked", locked, vote("b6", "agree"), alice, no("closed", /locked/)],
    ["no vote once the workshop has ended", ended, vote("b6", "agree"), alice, no("closed", /ended/)],

    // belief.setHidden: the facilitator moderates.
    ["the facilitator hides a belief", posted, hide("b6", true), facilitator, yes(["belief.hidden"], "b6")],
    ["hiding the spotlit belief takes it off the screen", spotlit, hide("b6", true), facilitator, yes(["belief.hidden", "spotlight.changed"], "b6")],
    ["the facilitator unhides it", hidden, hide("b6", false), facilitator, yes(["belief.unhidden"], "b6")],
    ["hiding a hidden belief changes nothing", hidden, hide("b6", true), facilitator, yes([], "b6")],
    ["unhiding a visible belief changes nothing", posted, hide("b6", false), facilitator, yes([], "b6")],
    ["hiding a belief that does not exist", posted, hide("b99", true), facilitator, no("not_found", /does not exist/)],
    ["a participant cannot hide a belief", posted, hide("b6", true), bob, no("forbidden", /Only the facilitator/)],
    ["the author cannot hide it either", posted, hide("b6", true), alice, no("forbidden", /Only the facilitator/)],
    ["the screen cannot hide a belief", posted, hide("b6", true), screen, no("forbidden", /Only the facilitator/)],
  ];

  it.each(cases)("%s", (_name, state, command, actor, expected) => {
    expect(verdict(run(state(), command, actor).decision)).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    ["an empty text", { text: "   " }],
    ["a text over 300 characters", { text: "x".repeat(301) }],
    ["an unknown cause", { cause: "laziness" }],
    ["no team field at all", { aboutTeamId: undefined }],
  ])("refuses a belief with %s before it reaches the rules", (_name, patch) => {
    expect(CommandSchema.safeParse({ ...add("t2"), ...patch }).success).toBe(false);
  });

  it.each<[string, CommandInput]>([
    ["a vote that is not agree, partly or disagree", { type: "belief.vote", beliefId: "b6", vote: "maybe" } as unknown as CommandInput],
    ["an empty reply", { type: "belief.reply", beliefId: "b6", text: "" }],
    ["a reply over 500 characters", { type: "belief.reply", beliefId: "b6", text: "x".repeat(501) }],
  ])("refuses %s", (_name, command) => {
    expect(CommandSchema.safeParse(command).success).toBe(false);
  });
});

describe("what the room sees after each command", () => {
  it("a belief holds what was said about whom and why, with nobody's name on it but in the server's copy", () => {
    const state = posted();
    expect(state.beliefs.b6).toEqual({
      id: "b6",
      phaseId: "beliefs",
      authorId: "p2",
      aboutTeamId: "t2",
      cause: "unexplained",
      text: "IT always causes the delay",
      replies: [],
      hidden: false,
      seq: 6,
    });
    expect(beliefsOf(state, "beliefs").map((b) => b.id)).toEqual(["b6", "b7"]);
  });

  it("replies are kept in order, each with the team it speaks for", () => {
    let s = posted();
    s = must(s, reply("b6"), bob, 5_000).state;
    s = must(s, { type: "belief.reply", beliefId: "b7", text: "We do, Finance" }, cleo).state;
    s = must(s, { type: "belief.reply", beliefId: "b6", text: "And the release calendar" }, bob).state;
    expect(s.beliefs.b6?.replies.map((r) => [r.teamId, r.text])).toEqual([
      ["t2", "We were told by the auditor at short notice"],
      ["t2", "And the release calendar"],
    ]);
    expect(s.beliefs.b6?.replies[0]).toMatchObject({ id: "r8", authorId: "p3", at: 5_000 });
    expect(s.beliefs.b7?.replies.map((r) => r.teamId)).toEqual(["t3"]);
  });

  it("counts votes per voter's team, and a changed vote moves, not doubles", () => {
    const steps: [Actor, "agree" | "partly" | "disagree"][] = [
      [alice, "agree"],
      [bob, "disagree"],
      [cleo, "partly"],
      [alice, "partly"],
      [alice, "partly"],
    ];
    const s = steps.reduce((st, [actor, v]) => must(st, vote("b6", v), actor).state, posted());
    expect(s.beliefTallies.b6).toEqual({
      t1: { agree: 0, partly: 1, disagree: 0 },
      t2: { agree: 0, partly: 0, disagree: 1 },
      t3: { agree: 0, partly: 1, disagree: 0 },
    });
    expect(s.beliefBallots.b6).toEqual({
      p2: { value: "partly", teamId: "t1" },
      p3: { value: "disagree", teamId: "t2" },
      p4: { value: "partly", teamId: "t3" },
    });
    expect(run(s, vote("b6", "agree"), alice).decision).toMatchObject({ ok: true, events: [{ previous: "partly", vote: "agree", teamId: "t1" }] });
  });

  it("someone moved to another team keeps their vote counted where they gave it, until they change it", () => {
    const moved = must(aliceAgrees(), { type: "participant.move", participantId: "p2", teamId: "t3" }, facilitator).state;
    // Moving the count would show everyone how Alice voted.
    expect(moved.beliefTallies.b6).toEqual(aliceAgrees().beliefTallies.b6);
    const { state, log } = run(moved, vote("b6", "disagree"), alice);
    expect(log.map((l) => l.event)).toEqual([
      { type: "belief.voted", beliefId: "b6", participantId: "p2", teamId: "t3", vote: "disagree", previous: "agree", previousTeamId: "t1" },
    ]);
    expect(state.beliefTallies.b6).toEqual({ t1: { agree: 0, partly: 0, disagree: 0 }, t3: { agree: 0, partly: 0, disagree: 1 } });
    expect(state.beliefBallots.b6?.p2).toEqual({ value: "disagree", teamId: "t3" });
  });

  it("hides and unhides a belief for everyone but the facilitator", () => {
    const s = hidden();
    expect(beliefsOf(s, "beliefs").map((b) => b.id)).toEqual(["b7"]);
    expect(beliefsOf(s, "beliefs", true).map((b) => b.id)).toEqual(["b6", "b7"]);
    expect(beliefsOf(must(s, hide("b6", false), facilitator).state, "beliefs").map((b) => b.id)).toEqual(["b6", "b7"]);
  });

  it.each<[string, string | null, string, boolean]>([
    ["a member of the team concerned", "t2", "t2", true],
    ["someone from another team", "t2", "t1", false],
    ["anyone, for a belief about everyone", null, "t3", true],
  ])("lets %s reply", (_name, aboutTeamId, teamId, expected) => {
    const belief = { ...posted().beliefs.b6!, aboutTeamId };
    expect(mayReply(belief, { teamId })).toBe(expected);
  });
});

describe("results split by the voters' teams", () => {
  it("gives totals and one line per team that voted, in team order", () => {
    const steps: [Actor, "agree" | "partly" | "disagree"][] = [[cleo, "agree"], [alice, "agree"], [bob, "disagree"]];
    const s = steps.reduce((st, [actor, v]) => must(st, vote("b6", v), actor).state, posted());
    expect(beliefResults(s, "b6")).toEqual({
      totals: { agree: 2, partly: 0, disagree: 1 },
      voters: 3,
      byTeam: [
        { team: { id: "t1", name: "Sales" }, counts: { agree: 1, partly: 0, disagree: 0 }, voters: 1 },
        { team: { id: "t2", name: "IT" }, counts: { agree: 0, partly: 0, disagree: 1 }, voters: 1 },
        { team: { id: "t3", name: "Finance" }, counts: { agree: 1, partly: 0, disagree: 0 }, voters: 1 },
      ],
    });
  });

  it("leaves out a team whose counts went back to zero", () => {
    const s = { ...posted(), beliefTallies: { b6: { t1: { agree: 0, partly: 0, disagree: 0 }, t2: { agree: 2, partly: 1, disagree: 0 } } } };
    expect(beliefResults(s, "b6").byTeam.map((t) => t.team.id)).toEqual(["t2"]);
    expect(beliefResults(s, "b6").voters).toBe(3);
  });

  it("is empty for a belief nobody voted on", () => {
    expect(beliefResults(posted(), "b7")).toEqual({ totals: { agree: 0, partly: 0, disagree: 0 }, voters: 0, byTeam: [] });
  });

  it("reads the same in every copy: the split is public", () => {
    const s = must(must(posted(), vote("b6", "agree"), alice).state, vote("b6", "disagree"), bob).state;
    const server = beliefResults(s, "b6");
    for (const viewer of [{ role: "screen" }, { role: "participant", participantId: "p4" }] as Viewer[]) {
      expect(beliefResults(viewFor(s, viewer), "b6")).toEqual(server);
    }
  });
});

/** What reaches whom. */
const VIEWERS: [string, Viewer][] = [
  ["facilitator", { role: "facilitator" }],
  ["screen", { role: "screen" }],
  ["any participant", { role: "participant", participantId: null }],
  ["another participant (p3)", { role: "participant", participantId: "p3" }],
];
const NON_MODERATORS = VIEWERS.filter(([, v]) => v.role !== "facilitator");

const AUTHOR_STEPS: Step[] = [[add("t2"), alice]];

/** A day in "Us and them": beliefs, replies, votes, a vote changed, a belief hidden and back. */
const DAY: Step[] = [
  [add("t2"), alice], // b6
  [add(null), bob], // b7
  [reply("b6"), bob],
  [vote("b6", "agree"), alice],
  [vote("b6", "disagree"), bob],
  [vote("b7", "partly"), cleo],
  [vote("b6", "partly"), alice],
  [hide("b6", true), facilitator],
  [hide("b6", false), facilitator],
];

/** The copy one participant receives: their own delivery where there is one, else the shared one. */
function copyFor(out: Delivery[], participantId: string) {
  const own = out.find((d) => d.to.kind === "participant" && d.to.participantId === participantId);
  const shared = out.find((d) => d.to.kind === "participants" && !d.to.except.includes(participantId));
  return (own ?? shared)!.event;
}

const audiences: [string, Viewer, (out: Delivery[]) => Delivery["event"]][] = [
  ["the facilitator", { role: "facilitator" }, (out) => out[0]!.event],
  ["the screen", { role: "screen" }, (out) => out[1]!.event],
  ["the author (p2)", { role: "participant", participantId: "p2" }, (out) => copyFor(out, "p2")],
  ["the IT member who replied (p3)", { role: "participant", participantId: "p3" }, (out) => copyFor(out, "p3")],
  ["a bystander (p4)", { role: "participant", participantId: "p4" }, (out) => copyFor(out, "p4")],
];

function foldFor(start: Logged[], log: Logged[], pick: (out: Delivery[]) => Delivery["event"]) {
  return fold([...start, ...log].map(({ stored, stateAfter }) => pick(deliveries(stored, stateAfter))));
}

describe("anonymity: what leaves the server", () => {
  const base = play(workshop(), [
    [{ type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)],
    [{ type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)],
    [{ type: "participant.join", name: "Cleo", teamId: "t3" }, guest(3)],
    [{ type: "phase.goto", phaseId: "beliefs" }, facilitator],
  ]);
  const start: Logged[] = [{ stored: createdEvent(), stateAfter: workshop() }, ...base.log];

  it("the author's id reaches the author alone, never the facilitator or the screen", () => {
    const { log } = play(base.state, AUTHOR_STEPS);
    const out = deliveries(log[0]!.stored, log[0]!.stateAfter);
    expect(out.map((d) => d.to)).toEqual([
      { kind: "facilitator" },
      { kind: "screen" },
      { kind: "participants", except: ["p2"] },
      { kind: "participant", participantId: "p2" },
    ]);
    for (const d of out.slice(0, 3)) {
      expect(d.event.event).toMatchObject({ type: "belief.added", authorId: null });
      expect(JSON.stringify(d.event)).not.toContain('"p2"');
    }
    expect(out[3]?.event.event).toMatchObject({ authorId: "p2" });
  });

  it("a voter's id reaches the voter alone; the team's count reaches everyone", () => {
    const { state, log } = play(base.state, [...AUTHOR_STEPS, [vote("b6", "agree"), cleo]]);
    const voted = log.at(-1)!;
    const out = deliveries(voted.stored, voted.stateAfter);
    for (const d of out.filter((d) => d.to.kind !== "participant")) {
      expect(d.event.event).toEqual({ type: "belief.voted", beliefId: "b6", participantId: null, teamId: "t3", vote: "agree", previous: null });
    }
    expect(out.find((d) => d.to.kind === "participant")).toMatchObject({ to: { participantId: "p4" }, event: { event: { participantId: "p4" } } });
    for (const [, viewer] of VIEWERS) expect(viewFor(state, viewer).beliefBallots.b6).toEqual({});
    expect(viewFor(state, { role: "participant", participantId: "p4" }).beliefBallots.b6).toEqual({ p4: { value: "agree", teamId: "t3" } });
  });

  it.each<[string, Viewer]>([
    ...VIEWERS.slice(0, 3),
    ["a participant who wrote none (p4)", { role: "participant", participantId: "p4" }],
  ])("no copy of the state names an author for the %s", (_name, viewer) => {
    const { state } = play(base.state, DAY);
    expect(Object.values(viewFor(state, viewer).beliefs).map((b) => b.authorId)).toEqual([null, null]);
  });

  it("the author's own copy still knows the belief is theirs", () => {
    const { state } = play(base.state, DAY);
    expect(viewFor(state, { role: "participant", participantId: "p2" }).beliefs.b6?.authorId).toBe("p2");
  });

  it.each(audiences)("%s, folding what was sent, holds what a reload would give", (_name, viewer, pick) => {
    const { state, log } = play(base.state, DAY);
    expect(foldFor(start, log, pick)).toEqual(viewFor(state, viewer));
  });

  it.each(audiences.filter(([, v]) => v.role !== "facilitator"))("%s no longer sees a hidden belief, without a reload", (_name, _viewer, pick) => {
    const { log } = play(base.state, DAY.slice(0, -1));
    expect(beliefsOf(foldFor(start, log, pick), "beliefs").map((b) => b.id)).toEqual(["b7"]);
  });

  describe("events about a hidden belief", () => {
    const before = hidden();
    const raw: [string, DomainEvent][] = [
      ["a reply", { type: "belief.replied", beliefId: "b6", replyId: "r20", authorId: "p3", teamId: "t2", text: "Psst" }],
      ["a vote", { type: "belief.voted", beliefId: "b6", participantId: "p4", teamId: "t3", vote: "agree", previous: null }],
    ];

    it.each(raw)("%s is a bare marker for everyone but the facilitator", (_name, event) => {
      const [stored] = sequence(before, [event]);
      const stateAfter = apply(before, stored!);
      for (const [, viewer] of NON_MODERATORS) {
        expect(redactEvent(stored!, stateAfter, viewer)).toEqual({ seq: stored!.seq, at: stored!.at, event: { type: "redacted" } });
      }
      expect(redactEvent(stored!, stateAfter, { role: "facilitator" }).event.type).toBe(event.type);
    });
  });

  describe("belief.unhidden", () => {
    const before = hidden();
    const [stored] = sequence(before, [{ type: "belief.unhidden", beliefId: "b6" }]);
    const stateAfter = apply(before, stored!);

    it.each(NON_MODERATORS)("carries the belief, without its author, for the %s", (_name, viewer) => {
      expect(redactEvent(stored!, stateAfter, viewer).event).toEqual({
        type: "belief.unhidden",
        beliefId: "b6",
        belief: { ...stateAfter.beliefs.b6, authorId: null },
      });
    });

    it("is bare for the facilitator, who kept the belief", () => {
      expect(redactEvent(stored!, stateAfter, { role: "facilitator" })).toEqual(stored);
    });

    it.each(NON_MODERATORS)("brings the belief back to a %s who joined while it was hidden", (_name, viewer) => {
      const restored = apply(viewFor(before, viewer), redactEvent(stored!, stateAfter, viewer));
      expect(restored.beliefs.b6).toEqual(viewFor(stateAfter, viewer).beliefs.b6);
      expect(beliefsOf(restored, "beliefs").map((b) => b.id)).toEqual(["b6", "b7"]);
    });
  });
});
