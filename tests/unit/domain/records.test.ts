import { describe, expect, it } from "vitest";
import { apply, fold, type SeqEvent } from "@/lib/domain";
import { createdEvent, sequence, workshop } from "../../helpers/domain";

const join = (n: number) => ({ type: "participant.joined" as const, participantId: `p${n}`, name: `Person ${n}`, teamId: "t1" });
const card = (n: number, phaseId: string) => ({
  type: "card.added" as const,
  cardId: `c${n}`,
  phaseId,
  authorId: `p${n}`,
  teamId: "t1",
  text: `Card ${n}`,
  column: null,
  aboutTeamId: null,
  anonymous: false,
});

describe("folding a log without copying every record per event", () => {
  it("gives the same workshop as applying the events one at a time", () => {
    const start = workshop();
    const phaseId = start.agenda[0]!.id;
    const log: SeqEvent[] = [createdEvent(), ...sequence(start, [join(1), join(2), card(1, phaseId), card(2, phaseId)])];
    const oneByOne = log.reduce<ReturnType<typeof fold> | null>((s, e) => apply(s, e), null);
    expect(fold(log)).toEqual(oneByOne);
  });

  it("leaves the state it starts from, and every state after it, as they were", () => {
    const before = workshop(join(1));
    const phaseId = before.agenda[0]!.id;
    const kept = structuredClone(before);
    const after = fold(sequence(before, [join(2), card(2, phaseId)]), before);
    expect(before).toEqual(kept);

    // Outside a fold, a later event copies again: the folded state stays as it was too.
    const folded = structuredClone(after);
    apply(after, sequence(after, [join(3)])[0]!);
    expect(after).toEqual(folded);
    expect(Object.keys(after.participants)).toEqual(["p1", "p2"]);
  });
});
