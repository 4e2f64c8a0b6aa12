import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain";
import { beliefsOf, mayReply } from "@/lib/domain/features/beliefs/select";
import { facilitator, must, run } from "../../helpers/domain";
import { alice, aliceAgrees, bob, cleo, hidden, hide, posted, reply, vote } from "./beliefs.fixtures";

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
