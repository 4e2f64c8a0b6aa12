import { describe, expect, it } from "vitest";
import { apply, fold, owning, type SeqEvent } from "@/lib/domain";
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

describe("a holder that keeps one state and replaces it with each event (the server's room)", () => {
  it("copies a record once, then writes it in place, and ends with the same workshop", () => {
    const start = workshop(join(1));
    const phaseId = start.agenda[0]!.id;
    const events = sequence(start, [join(2), card(2, phaseId), join(3), card(3, phaseId)]);
    const own = new WeakSet<object>();
    let state = start;
    const records: object[] = [];
    for (const e of events) {
      state = owning(() => apply(state, e), own);
      records.push(state.cards, state.participants);
    }
    expect(state).toEqual(fold(events, start));
    // The first copy is the room's own; every later event writes into it.
    expect(new Set(records.filter((_, i) => i % 2 === 0).slice(1)).size).toBe(1);
    expect(new Set(records.filter((_, i) => i % 2 === 1)).size).toBe(1);
    // The state it started from is not the room's: it was left as it was.
    expect(Object.keys(start.participants)).toEqual(["p1"]);
  });
});
