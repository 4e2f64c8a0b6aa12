import { describe, expect, it } from "vitest";
import { facilitator, join, must, no, participant, run, verdict, workshop, yes } from "../../helpers/domain";

describe("team.remove", () => {
  it("takes away a team nobody has joined", () => {
    const state = join(workshop(), "Alice", "t1", 1).state;
    expect(verdict(run(state, { type: "team.remove", teamId: "t3" }, facilitator).decision)).toEqual(yes(["team.removed"]));
    expect(must(state, { type: "team.remove", teamId: "t3" }, facilitator).state.teams.map((t) => t.id)).not.toContain("t3");
  });

  it("keeps a team someone joined, even after they were removed: rename it instead", () => {
    let state = join(workshop(), "Alice", "t1", 1).state;
    const alice = Object.keys(state.participants)[0]!;
    state = must(state, { type: "participant.remove", participantId: alice }, facilitator).state;
    expect(verdict(run(state, { type: "team.remove", teamId: "t1" }, facilitator).decision)).toEqual(no("conflict", /rename it instead/));
  });

  it("keeps the minimum number of teams, and is the facilitator's alone", () => {
    let state = workshop();
    while (state.teams.length > 2) state = must(state, { type: "team.remove", teamId: state.teams.at(-1)!.id }, facilitator).state;
    expect(verdict(run(state, { type: "team.remove", teamId: "t1" }, facilitator).decision)).toEqual(no("conflict", /at least 2 teams/));
    expect(verdict(run(workshop(), { type: "team.remove", teamId: "t3" }, participant("p1")).decision)).toEqual(no("forbidden", /Only the facilitator/));
  });
});
