import { describe, expect, it } from "vitest";
import type { SeqEvent } from "@/lib/domain";
import { OwnCopies } from "@/lib/client/ownCopies";

const belief = (seq: number, authorId: string | null): SeqEvent => ({
  seq,
  at: seq,
  event: { type: "belief.added", beliefId: `b${seq}`, phaseId: "beliefs", authorId, aboutTeamId: "t2", cause: "unexplained", text: "IT is slow" },
});

describe("a participant's own copies", () => {
  it("stand in for the shared copy of the same event, once", () => {
    const own = new OwnCopies();
    own.hold([belief(3, "p1")]);
    expect(own.resolve(belief(2, null))).toEqual(belief(2, null));
    expect(own.resolve(belief(3, null))).toEqual(belief(3, "p1"));
    expect(own.resolve(belief(3, null))).toEqual(belief(3, null));
  });

  it("are dropped once the phone holds their events some other way (a sync, a snapshot)", () => {
    const own = new OwnCopies();
    own.hold([belief(3, "p1"), belief(5, "p1")]);
    own.forget(4);
    expect(own.resolve(belief(3, null))).toEqual(belief(3, null));
    expect(own.resolve(belief(5, null))).toEqual(belief(5, "p1"));
  });

  it("are never applied to another log's event of the same seq (the server's data restored from an older copy)", () => {
    const own = new OwnCopies();
    own.hold([belief(3, "p1")]);
    const other = { ...belief(3, null), at: 99 };
    expect(own.resolve(other)).toEqual(other);
  });
});
