import { describe, expect, it } from "vitest";
import { ideasByGroup } from "@/lib/domain/features/brainstorm/ranking";
import { must } from "../../helpers/domain";
import { bob, c7Hidden, create, grouped, move, rename } from "./brainstorm.fixtures";

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
