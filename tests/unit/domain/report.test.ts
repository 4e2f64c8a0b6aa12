import { describe, expect, it } from "vitest";
import type { WorkshopState } from "@/lib/domain";
import { buildReport } from "@/lib/domain/report";
import { facilitator, guest, participant, play, workshop, type Step } from "./fixtures";

const alice = participant("p2"); // Sales
const bob = participant("p3"); // IT
const Q = "they-understand";

/** A day in brief: check-in, the shoes (revealed), beliefs, a brainstorm, an agreement, check-out. */
function day(extra: Step[] = []): WorkshopState {
  let s = play(workshop(), [
    [{ type: "participant.join", name: "Alice Example", teamId: "t1" }, guest(1)],
    [{ type: "participant.join", name: "Bob Example", teamId: "t2" }, guest(2)],
    [{ type: "phase.goto", phaseId: "check-in" }, facilitator],
    [{ type: "pulse.answer", phaseId: "check-in", questionId: Q, value: 2 }, alice],
    [{ type: "pulse.answer", phaseId: "check-in", questionId: Q, value: 3 }, bob],
    [{ type: "phase.goto", phaseId: "shoes" }, facilitator],
    [{ type: "card.add", phaseId: "shoes", text: "IT keeps the lights on", column: "strengths", aboutTeamId: "t2" }, alice],
    [{ type: "card.add", phaseId: "shoes", text: "We are hard to reach", column: "challenges", aboutTeamId: "t2" }, bob],
    [{ type: "phase.reveal", phaseId: "shoes" }, facilitator],
    [{ type: "phase.goto", phaseId: "beliefs" }, facilitator],
    [{ type: "belief.add", phaseId: "beliefs", aboutTeamId: "t2", cause: "unexplained", text: "IT changes things without telling us" }, alice],
  ]).state;
  const belief = Object.keys(s.beliefs)[0]!;
  s = play(s, [
    [{ type: "belief.vote", beliefId: belief, vote: "agree" }, alice],
    [{ type: "belief.vote", beliefId: belief, vote: "partly" }, bob],
    [{ type: "belief.reply", beliefId: belief, text: "We announce on the intranet" }, bob],
    [{ type: "phase.goto", phaseId: "brainstorm" }, facilitator],
    [{ type: "card.add", phaseId: "brainstorm", text: "A shared release calendar" }, alice],
    [{ type: "card.add", phaseId: "brainstorm", text: "Lunch swaps" }, bob],
  ]).state;
  const [calendar, lunch] = Object.values(s.cards).filter((c) => c.phaseId === "brainstorm").map((c) => c.id);
  return play(s, [
    [{ type: "dot.add", phaseId: "brainstorm", cardId: lunch! }, alice],
    [{ type: "dot.add", phaseId: "brainstorm", cardId: lunch! }, bob],
    [{ type: "dot.add", phaseId: "brainstorm", cardId: calendar! }, bob],
    ...extra,
    [{ type: "phase.goto", phaseId: "check-out" }, facilitator],
    [{ type: "pulse.answer", phaseId: "check-out", questionId: Q, value: 4 }, alice],
  ]).state;
}

describe("buildReport", () => {
  it("shows the pulse before and after, overall and per team", () => {
    const [pulse] = buildReport(day()).pulse;
    expect(pulse?.title).toBe("Check-out");
    expect(pulse?.questions[0]).toMatchObject({
      overall: { before: [0, 1, 1, 0, 0], after: [0, 0, 0, 1, 0], meanBefore: 2.5, meanAfter: 4 },
      teams: [
        { team: "Sales", before: [0, 1, 0, 0, 0], after: [0, 0, 0, 1, 0], meanBefore: 2, meanAfter: 4 },
        { team: "IT", meanBefore: 3, meanAfter: null },
        { team: "Finance", meanBefore: null, meanAfter: null },
      ],
    });
  });

  it("shows the mirror and the strengths by team, the beliefs with their votes by team and replies", () => {
    const report = buildReport(day());
    expect(report.mirrors.find((m) => m.team === "IT")).toEqual({
      team: "IT",
      others: { strengths: [{ text: "IT keeps the lights on", team: "Sales" }], challenges: [] },
      self: { strengths: [], challenges: [{ text: "We are hard to reach", team: "IT" }] },
    });
    expect(report.strengths).toEqual([{ team: "IT", cards: [{ text: "IT keeps the lights on", team: "Sales" }] }]);
    expect(report.beliefs).toEqual([
      {
        text: "IT changes things without telling us",
        about: "IT",
        cause: "unexplained",
        replies: [{ text: "We announce on the intranet", team: "IT" }],
        totals: { agree: 1, partly: 1, disagree: 0 },
        byTeam: [
          { team: "Sales", counts: { agree: 1, partly: 0, disagree: 0 } },
          { team: "IT", counts: { agree: 0, partly: 1, disagree: 0 } },
        ],
      },
    ]);
  });

  it("lists the top ideas only once the vote is closed, by dots", () => {
    expect(buildReport(day()).topIdeas).toEqual([]);
    const closed = buildReport(day([[{ type: "vote.close", phaseId: "brainstorm" }, facilitator]]));
    expect(closed.topIdeas).toEqual([
      { text: "Lunch swaps", team: "IT", dots: 2 },
      { text: "A shared release calendar", team: "Sales", dots: 1 },
    ]);
  });

  it("holds nothing the room screen could not show: no names, no ids of people, no unrevealed cards", () => {
    const unrevealed = play(workshop(), [
      [{ type: "participant.join", name: "Alice Example", teamId: "t1" }, guest(1)],
      [{ type: "phase.goto", phaseId: "shoes" }, facilitator],
      [{ type: "card.add", phaseId: "shoes", text: "A private thought", column: "strengths", aboutTeamId: "t2" }, alice],
    ]).state;
    expect(JSON.stringify(buildReport(unrevealed))).not.toContain("A private thought");
    const text = JSON.stringify(buildReport(day()));
    for (const secret of ["Alice Example", "Bob Example", '"p2"', '"p3"']) expect(text).not.toContain(secret);
    expect(buildReport(day()).workshop).toMatchObject({ title: "Test day", participants: 2, endedAt: null, teams: [{ name: "Sales" }, { name: "IT" }, { name: "Finance" }] });
  });
});
