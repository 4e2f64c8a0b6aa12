import { describe, expect, it } from "vitest";
import { facilitator, must } from "../../helpers/domain";
import { atMirror, spotlit } from "./controls.fixtures";

describe("spotlight and mirror", () => {
  it("the spotlight names what is shown; null clears it", () => {
    const state = spotlit();
    expect(state.spotlight).toEqual({ kind: "card", id: "c6" });
    expect(must(state, { type: "spotlight.set", ref: null }, facilitator).state.spotlight).toBeNull();
  });

  it("the mirror remembers the team on show", () => {
    const state = must(atMirror(), { type: "mirror.show", phaseId: "mirror", teamId: "t3" }, facilitator).state;
    expect(state.controls.mirror?.mirrorTeamId).toBe("t3");
  });
});
