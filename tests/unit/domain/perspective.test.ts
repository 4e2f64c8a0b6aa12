import { describe, expect, it } from "vitest";
import { assignTeams, decide, CommandSchema, viewFor, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { assignAfterMove, assignLateJoiner, assignOnOpen } from "@/lib/domain/features/perspective/assign";
import { assignedTeamId, perspectiveProgress } from "@/lib/domain/features/perspective/selectors";
import { T0, facilitator, guest, must, outcome, participant, run, screen, workshop } from "./fixtures";

type Person = { id: string; teamId: string };
const TEAMS = ["t1", "t2", "t3"];

/** People `p2, p3, …` from the teams given, in that order. */
const people = (...teams: string[]): Person[] => teams.map((teamId, i) => ({ id: `p${i + 2}`, teamId }));

/** What a room notices about an assignment. */
function score(room: readonly Person[], teamIds: readonly string[], assigned: Record<string, string>) {
  const home = new Map(room.map((p) => [p.id, p.teamId]));
  const load = new Map(teamIds.map((t) => [t, 0]));
  const seenBy = new Map(teamIds.map((t) => [t, new Set<string>()]));
  for (const [pid, target] of Object.entries(assigned)) {
    load.set(target, (load.get(target) ?? 0) + 1);
    seenBy.get(target)?.add(home.get(pid) ?? "?");
  }
  const loads = [...load.values()];
  return {
    covered: loads.filter((n) => n > 0).length,
    pairs: [...seenBy.values()].reduce((n, s) => n + s.size, 0),
    spread: Math.max(...loads) - Math.min(...loads),
  };
}

/** The best score any assignment could reach, by trying them all (small rooms only). */
function bestScore(room: readonly Person[], teamIds: readonly string[]) {
  let best = { covered: -1, pairs: -1, spread: Infinity };
  const better = (a: typeof best, b: typeof best) =>
    a.covered !== b.covered ? a.covered > b.covered : a.pairs !== b.pairs ? a.pairs > b.pairs : a.spread < b.spread;
  const visit = (i: number, assigned: Record<string, string>) => {
    if (i === room.length) {
      const s = score(room, teamIds, assigned);
      if (better(s, best)) best = s;
      return;
    }
    const p = room[i]!;
    for (const t of teamIds.filter((t) => t !== p.teamId)) visit(i + 1, { ...assigned, [p.id]: t });
  };
  visit(0, {});
  return best;
}

/** A fixed, seeded sample of small rooms: 2–4 teams, 1–8 people, often lopsided. */
function sampleRooms(count: number): { room: Person[]; teamIds: string[] }[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const teamIds = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, i) => `t${i + 1}`);
    const skew = random() < 0.5 ? 0.6 : 1;
    const size = 1 + Math.floor(random() * 8);
    return { teamIds, room: Array.from({ length: size }, (_, i) => ({ id: `p${i + 2}`, teamId: teamIds[Math.floor(random() * teamIds.length * skew)]! })) };
  });
}

describe("assignTeams", () => {
  it.each<[string, Person[], string[], Record<string, string>]>([
    ["one of each: a ring, everyone seen", people("t1", "t2", "t3"), TEAMS, { p2: "t2", p3: "t3", p4: "t1" }],
    ["two teams: each writes as the other", people("t1", "t2", "t1"), ["t1", "t2"], { p2: "t2", p3: "t1", p4: "t2" }],
    ["a workshop with one team: nobody gets a team to be", people("t1", "t1"), ["t1"], {}],
    ["nobody in the room", [], TEAMS, {}],
  ])("%s", (_name, room, teamIds, expected) => {
    expect(assignTeams(room, teamIds)).toEqual(expected);
  });

  it("never gives anyone their own team", () => {
    for (const { room, teamIds } of sampleRooms(300)) {
      const assigned = assignTeams(room, teamIds);
      for (const p of room) expect(assigned[p.id]).not.toBe(p.teamId);
      expect(Object.keys(assigned).sort()).toEqual(room.map((p) => p.id).sort());
    }
  });

  it("is as good as the best possible assignment: teams covered, then variety of writers, then evenness", () => {
    for (const { room, teamIds } of sampleRooms(200)) {
      expect({ teamIds, room, ...score(room, teamIds, assignTeams(room, teamIds)) }).toEqual({ teamIds, room, ...bestScore(room, teamIds) });
    }
  });

  it("is deterministic, whatever the order people are listed in", () => {
    const room = people("t1", "t1", "t1", "t2", "t3", "t2", "t1", "t3");
    const first = assignTeams(room, TEAMS);
    expect(assignTeams(room, TEAMS)).toEqual(first);
    expect(assignTeams([...room].reverse(), TEAMS)).toEqual(first);
  });

  it("lets a big team be written about by everyone else", () => {
    // Six from Sales, one each from IT and Finance: Sales must be covered by the two others.
    const assigned = assignTeams(people("t1", "t1", "t1", "t1", "t1", "t1", "t2", "t3"), TEAMS);
    expect(assigned.p8).toBe("t1");
    expect(assigned.p9).toBe("t1");
    expect(score(people("t1", "t1", "t1", "t1", "t1", "t1", "t2", "t3"), TEAMS, assigned).spread).toBeLessThanOrEqual(1);
  });

  it("has every team seen by both other teams when each has two people", () => {
    const room = people("t1", "t1", "t2", "t2", "t3", "t3");
    expect(score(room, TEAMS, assignTeams(room, TEAMS))).toEqual({ covered: 3, pairs: 6, spread: 0 });
  });

  it("still has a team nobody came from written about", () => {
    const assigned = assignTeams(people("t1", "t2", "t1"), TEAMS);
    expect(Object.values(assigned)).toContain("t3");
  });

  it("with only one team present, spreads it over the teams that are not there", () => {
    const assigned = assignTeams(people("t1", "t1", "t1", "t1"), TEAMS);
    expect(Object.values(assigned).sort()).toEqual(["t2", "t2", "t3", "t3"]);
  });

  it("keeps assignments already made and balances the newcomers around them", () => {
    const room = people("t1", "t2", "t3", "t1");
    const existing = { p2: "t2", p3: "t1", p4: "t1" };
    const assigned = assignTeams(room, TEAMS, existing);
    expect(assigned).toMatchObject(existing);
    // t3 has nobody writing as it yet.
    expect(assigned.p5).toBe("t3");
  });

  it("stays fast for a kick-off of 500 in 12 teams", () => {
    const teamIds = Array.from({ length: 12 }, (_, i) => `t${i + 1}`);
    const room = Array.from({ length: 500 }, (_, i) => ({ id: `p${i + 2}`, teamId: teamIds[i % 3 === 0 ? 0 : i % 12]! }));
    const started = performance.now();
    const assigned = assignTeams(room, teamIds);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(score(room, teamIds, assigned)).toMatchObject({ covered: 12, spread: 1 });
  });
});

const alice = participant("p2"); // Sales (t1)
const bob = participant("p3"); // IT (t2)
const cleo = participant("p4"); // Finance (t3)

function joined(...teams: string[]): WorkshopState {
  return teams.reduce((s, teamId, i) => must(s, { type: "participant.join", name: `Person ${i + 1}`, teamId }, guest(i + 1)).state, workshop());
}
const inShoes = () => must(joined("t1", "t2", "t3"), { type: "phase.goto", phaseId: "shoes" }, facilitator).state;

describe("assignments through the workshop", () => {
  it("opening the perspective phase assigns everyone present, in one event", () => {
    const { decision } = run(joined("t1", "t2", "t3"), { type: "phase.goto", phaseId: "shoes" }, facilitator);
    expect(outcome(decision)).toEqual({ events: ["phase.changed", "perspective.assigned"] });
    expect(inShoes().assignments.shoes).toEqual({ p2: "t2", p3: "t3", p4: "t1" });
  });

  it("coming back to the phase keeps everyone's team", () => {
    let s = must(inShoes(), { type: "phase.goto", phaseId: "mirror" }, facilitator).state;
    const { decision } = run(s, { type: "phase.goto", phaseId: "shoes" }, facilitator);
    expect(outcome(decision)).toEqual({ events: ["phase.changed"] });
    s = must(s, { type: "phase.goto", phaseId: "shoes" }, facilitator).state;
    expect(s.assignments.shoes).toEqual(inShoes().assignments.shoes);
  });

  it("leaves removed people out", () => {
    const s = must(joined("t1", "t2", "t3"), { type: "participant.remove", participantId: "p3" }, facilitator).state;
    expect(assignOnOpen(s, "shoes")).toEqual([{ type: "perspective.assigned", phaseId: "shoes", assignments: { p2: "t2", p4: "t1" } }]);
  });

  it.each<[string, () => WorkshopState, string, string[]]>([
    ["a late joiner in the phase gets a team", inShoes, "t1", ["participant.joined", "perspective.assigned"]],
    ["a joiner before the phase gets none yet", () => joined("t1"), "t2", ["participant.joined"]],
    [
      "a joiner after the room moved on still gets one (late cards may land)",
      () => must(inShoes(), { type: "phase.goto", phaseId: "beliefs" }, facilitator).state,
      "t2",
      ["participant.joined", "perspective.assigned"],
    ],
    [
      "the first joiner of a phase opened in an empty room gets one",
      () => must(workshop(), { type: "phase.goto", phaseId: "shoes" }, facilitator).state,
      "t1",
      ["participant.joined", "perspective.assigned"],
    ],
  ])("%s", (_name, state, teamId, events) => {
    const { decision } = run(state(), { type: "participant.join", name: "Late", teamId }, guest(42));
    expect(outcome(decision)).toMatchObject({ events });
  });

  it("a late joiner takes the least written-about team that is not theirs", () => {
    // Sales ×2, IT, Finance: Finance (t3) and IT (t2) each have one writer, Sales (t1) two.
    const s = must(joined("t1", "t2", "t3", "t1"), { type: "phase.goto", phaseId: "shoes" }, facilitator).state;
    const before = Object.values(s.assignments.shoes ?? {});
    const events = assignLateJoiner(s, "p99", "t1");
    const mine = events[0]?.type === "perspective.assigned" ? events[0].assignments.p99 : undefined;
    const load = (t: string) => before.filter((x) => x === t).length;
    expect(mine).not.toBe("t1");
    expect(load(mine!)).toBe(Math.min(load("t2"), load("t3")));
  });

  it("late joiners one by one stay balanced", () => {
    let s = must(workshop(), { type: "phase.goto", phaseId: "shoes" }, facilitator).state;
    const teams = ["t1", "t1", "t2", "t1", "t3", "t2", "t1", "t3", "t1"];
    teams.forEach((teamId, i) => {
      s = must(s, { type: "participant.join", name: `P${i}`, teamId }, guest(i + 1)).state;
    });
    const room = Object.values(s.participants);
    const assigned = s.assignments.shoes ?? {};
    expect(Object.keys(assigned)).toHaveLength(teams.length);
    for (const p of room) expect(assigned[p.id]).not.toBe(p.teamId);
    // Every team seen by both others (as many as possible), at the price of one extra writer at most.
    expect(score(room, TEAMS, assigned)).toMatchObject({ covered: 3, pairs: bestScore(room, TEAMS).pairs });
    expect(score(room, TEAMS, assigned).spread).toBeLessThanOrEqual(2);
  });
});

describe("cards in a perspective phase", () => {
  const add = (aboutTeamId: string | null, column: string | null = "strengths"): CommandInput => ({
    type: "card.add",
    phaseId: "shoes",
    text: "Fast and friendly",
    column,
    aboutTeamId,
  });

  it.each<[string, CommandInput, Actor, ReturnType<typeof outcome>]>([
    ["as the assigned team", add("t2"), alice, { events: ["card.added"], id: "c7" }],
    ["about one's own team", add("t1", "challenges"), alice, { events: ["card.added"], id: "c7" }],
    ["about a team one was not given", add("t3"), alice, { error: "forbidden" }],
    ["about no team", add(null), alice, { error: "forbidden" }],
    ["in a column that is not there", add("t2", "ideas"), alice, { error: "invalid_input" }],
    ["without a column", add("t2", null), alice, { error: "invalid_input" }],
    ["by the facilitator", add("t2"), facilitator, { error: "forbidden" }],
    ["by the screen", add("t2"), screen, { error: "forbidden" }],
  ])("a card %s", (_name, command, actor, expected) => {
    expect(outcome(decide(inShoes(), CommandSchema.parse(command), { actor, now: T0 }))).toEqual(expected);
  });

  function written(): WorkshopState {
    let s = inShoes();
    s = must(s, add("t2"), alice).state; // c7 about IT by Sales
    s = must(s, add("t1", "challenges"), alice).state; // c8 about Sales by Sales
    s = must(s, add("t3"), bob).state; // c9 about Finance by IT
    return must(s, add("t1"), cleo).state; // c10 about Sales by Finance
  }

  it.each<[string, () => WorkshopState, string, string[]]>([
    ["before the reveal a participant holds only their own", written, "p2", ["c7", "c8"]],
    ["before the reveal the screen holds none", written, "screen", []],
    ["the facilitator holds all, to moderate", written, "facilitator", ["c10", "c7", "c8", "c9"]],
    ["after the reveal everyone holds all", () => must(written(), { type: "phase.reveal", phaseId: "shoes" }, facilitator).state, "p3", ["c10", "c7", "c8", "c9"]],
    ["after the reveal the screen too", () => must(written(), { type: "phase.reveal", phaseId: "shoes" }, facilitator).state, "screen", ["c10", "c7", "c8", "c9"]],
  ])("%s", (_name, state, who, cards) => {
    const viewer = who === "screen" ? { role: "screen" as const } : who === "facilitator" ? { role: "facilitator" as const } : { role: "participant" as const, participantId: who };
    expect(Object.keys(viewFor(state(), viewer).cards).sort()).toEqual(cards);
  });

  it("progress: who writes as each team, and cards about it by others and by itself", () => {
    expect(perspectiveProgress(written(), "shoes").map((t) => [t.team.name, t.writers.map((w) => w.id), t.others, t.self])).toEqual([
      ["Sales", ["p4"], 1, 1],
      ["IT", ["p2"], 1, 0],
      ["Finance", ["p3"], 1, 0],
    ]);
  });

  it.each<[string, () => WorkshopState, string, string, string | null]>([
    ["the team given", inShoes, "p2", "t1", "t2"],
    ["nobody given a team", inShoes, "p99", "t1", null],
    ["given one's own team after being moved", inShoes, "p2", "t2", null],
  ])("assignedTeamId: %s", (_name, state, who, ownTeam, expected) => {
    expect(assignedTeamId(state(), "shoes", who, ownTeam)).toBe(expected);
  });
});

describe("assignAfterMove", () => {
  it.each<[string, string, string, Record<string, string> | null]>([
    // In inShoes Alice (Sales) writes as IT, Bob (IT) as Finance, Cleo (Finance) as Sales.
    // IT already writes as Finance (Bob), so Alice, now in IT, is Sales: a new pair of eyes.
    ["moved into the team they write as: a new team, not their own", "p2", "t2", { p2: "t1" }],
    ["moved elsewhere: they keep the team they were given", "p2", "t3", null],
    // Sales already writes as IT (Alice): Finance is new to Sales.
    ["nobody assigned yet: gets one", "p99", "t1", { p99: "t3" }],
  ])("%s", (_name, who, teamId, expected) => {
    const s = who === "p99" ? { ...inShoes(), participants: { ...inShoes().participants, p99: { id: "p99", name: "X", teamId: "t3", joinedAt: T0, removed: false } } } : inShoes();
    const events = assignAfterMove(s, who, teamId);
    expect(events).toEqual(expected ? [{ type: "perspective.assigned", phaseId: "shoes", assignments: expected }] : []);
  });

  it("does nothing before the room reached a perspective phase", () => {
    expect(assignAfterMove(joined("t1", "t2"), "p2", "t2")).toEqual([]);
  });
});
