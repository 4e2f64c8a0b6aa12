import { describe, expect, it } from "vitest";
import { viewFor, type Actor, type Viewer } from "@/lib/domain";
import { beliefResults } from "@/lib/domain/features/beliefs/results";
import { must } from "../../helpers/domain";
import { alice, bob, cleo, posted, vote } from "./beliefs.fixtures";

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
