import { describe, expect, it } from "vitest";
import type { Delivery, SeqEvent } from "@/lib/domain";
import { History } from "@/server/rooms/history";

/** Event `seq`: a card for everyone but its author p1, who gets a copy of their own. */
function copies(seq: number): Delivery[] {
  const event = (text: string): SeqEvent => ({
    seq,
    at: seq,
    event: { type: "card.added", cardId: `c${seq}`, phaseId: "x", authorId: "p1", teamId: "t1", text, column: null, aboutTeamId: null, anonymous: false },
  });
  return [
    { to: { kind: "participants", except: ["p1"] }, event: event("shared") },
    { to: { kind: "participant", participantId: "p1" }, event: event("own") },
  ];
}

const participant = (participantId: string) => ({ role: "participant" as const, participantId });

describe("a workshop's recent history, for phones that reconnect", () => {
  it("gives each viewer exactly the events after its seq, in order, as that viewer received them", () => {
    const history = new History(10);
    for (let seq = 1; seq <= 8; seq++) history.add(copies(seq));
    const other = history.since(5, participant("p2"))!;
    expect(other.map((e) => e.seq)).toEqual([6, 7, 8]);
    expect(other.every((e) => e.event.type === "card.added" && e.event.text === "shared")).toBe(true);
    expect(history.since(5, participant("p1"))!.map((e) => (e.event.type === "card.added" ? e.event.text : ""))).toEqual(["own", "own", "own"]);
    expect(history.since(8, participant("p2"))).toEqual([]);
    expect(history.since(5, { role: "facilitator" })).toEqual([]);
  });

  it("always holds at least its last `capacity` events, however many came, and says when it no longer holds enough", () => {
    const capacity = 10;
    const history = new History(capacity);
    for (let seq = 1; seq <= 100; seq++) {
      history.add(copies(seq));
      // Any phone at most `capacity` behind gets every event it missed, without a gap.
      const from = Math.max(0, seq - capacity);
      expect(history.since(from, participant("p2"))!.map((e) => e.seq)).toEqual(Array.from({ length: seq - from }, (_, i) => from + 1 + i));
    }
    // Far behind: only a snapshot can help.
    expect(history.since(3, participant("p2"))).toBeNull();
    // Whatever it answers is whole: never a list with a gap at its start.
    for (let since = 0; since < 100; since++) {
      const got = history.since(since, participant("p2"));
      if (got) expect(got[0]?.seq).toBe(since + 1);
    }
  });

  it("gives each audience its own copy, whether all share one, all but the author, or each has its own", () => {
    const event = (seq: number, authorId: string | null): SeqEvent => ({
      seq,
      at: seq,
      event: { type: "card.added", cardId: `c${seq}`, phaseId: "x", authorId, teamId: "t1", text: "card", column: null, aboutTeamId: null, anonymous: authorId === null },
    });
    const history = new History(10);
    // 1: a named card, one copy for everyone.
    const named = event(1, "p1");
    history.add([
      { to: { kind: "facilitator" }, event: named },
      { to: { kind: "screen" }, event: named },
      { to: { kind: "participants", except: [] }, event: named },
    ]);
    // 2: an anonymous card: nameless for all, named for its author.
    const nameless = event(2, null);
    const own = event(2, "p1");
    history.add([
      { to: { kind: "facilitator" }, event: nameless },
      { to: { kind: "screen" }, event: nameless },
      { to: { kind: "participants", except: ["p1"] }, event: nameless },
      { to: { kind: "participant", participantId: "p1" }, event: own },
    ]);
    // 3: a private card: the facilitator and its author only.
    const secret = event(3, "p2");
    history.add([
      { to: { kind: "facilitator" }, event: secret },
      { to: { kind: "participant", participantId: "p2" }, event: secret },
    ]);
    const received = (viewer: Parameters<History["since"]>[1]) => history.since(0, viewer)!.map((e) => [e.seq, e.event.type === "card.added" ? e.event.authorId : "?"]);
    expect(received({ role: "facilitator" })).toEqual([[1, "p1"], [2, null], [3, "p2"]]);
    expect(received({ role: "screen" })).toEqual([[1, "p1"], [2, null]]);
    expect(received(participant("p1"))).toEqual([[1, "p1"], [2, "p1"]]);
    expect(received(participant("p2"))).toEqual([[1, "p1"], [2, null], [3, "p2"]]);
    expect(received(participant("p3"))).toEqual([[1, "p1"], [2, null]]);
  });
});
