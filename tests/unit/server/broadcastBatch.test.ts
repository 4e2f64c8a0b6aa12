import { describe, expect, it } from "vitest";
import type { Delivery, SeqEvent } from "@/lib/domain";
import { unpack, type WireEvent } from "@/lib/protocol";
import { Broadcaster } from "@/server/realtime/broadcaster";
import type { OnsideServer } from "@/server/realtime/types";

const CODE = "ABCDEF";

/** Three phones (p1, p2, p3) and a facilitator; records what each socket receives, in order. */
function fakeServer() {
  const members: Record<string, string[]> = {
    [`w:${CODE}:all`]: ["s1", "s2", "s3"],
    [`w:${CODE}:fac`]: ["f"],
    [`w:${CODE}:screen`]: [],
    [`w:${CODE}:any`]: ["s1", "s2", "s3", "f"],
    [`p:${CODE}:p1`]: ["s1"],
    [`p:${CODE}:p2`]: ["s2"],
    [`p:${CODE}:p3`]: ["s3"],
  };
  const received: Record<"s1" | "s2" | "s3" | "f", SeqEvent[][]> = { s1: [], s2: [], s3: [], f: [] };
  const target = (to: string[], except: string[] = []) => ({
    except: (rooms: string[]) => target(to, [...except, ...rooms]),
    emit: (_name: string, wire: WireEvent[]) => {
      const events = unpack(wire);
      const out = new Set(except.flatMap((r) => members[r] ?? []));
      const sockets = new Set(to.flatMap((r) => members[r] ?? [r]));
      for (const s of sockets) if (!out.has(s)) received[s as keyof typeof received].push(events);
    },
  });
  const io = {
    to: (room: string | string[]) => target(Array.isArray(room) ? room : [room]),
    local: { to: (room: string | string[]) => target(Array.isArray(room) ? room : [room]) },
    sockets: { adapter: { rooms: new Map(Object.entries(members).map(([k, v]) => [k, new Set(v)])) } },
  };
  return { io: io as unknown as OnsideServer, received };
}

/** An anonymous card by `author`: its author's copy names them, everyone else's does not. */
function anonymousCard(seq: number, author: string): Delivery[] {
  const event = (authorId: string | null): SeqEvent => ({
    seq,
    at: seq,
    event: { type: "card.added", cardId: `c${seq}`, phaseId: "x", authorId, teamId: "t1", text: "hi", column: null, aboutTeamId: null, anonymous: true },
  });
  return [
    { to: { kind: "facilitator" }, event: event(author) },
    { to: { kind: "participants", except: [author] }, event: event(null) },
    { to: { kind: "participant", participantId: author }, event: event(author) },
  ];
}

const authors = (messages: SeqEvent[][]) =>
  messages.flat().map((e) => [e.seq, e.event.type === "card.added" ? e.event.authorId : "?"]);

describe("broadcasting anonymous cards posted together", () => {
  it("sends each phone every card once, in order, in one message, naming only its own", async () => {
    const { io, received } = fakeServer();
    const broadcaster = new Broadcaster(io);
    broadcaster.publish(CODE, anonymousCard(1, "p1"));
    broadcaster.publish(CODE, anonymousCard(2, "p2"));
    broadcaster.publish(CODE, anonymousCard(3, "p1"));
    await new Promise((resolve) => setImmediate(resolve));

    expect(received.s1).toHaveLength(1);
    expect(authors(received.s1)).toEqual([[1, "p1"], [2, null], [3, "p1"]]);
    expect(authors(received.s2)).toEqual([[1, null], [2, "p2"], [3, null]]);
    expect(authors(received.s3)).toEqual([[1, null], [2, null], [3, null]]);
    expect(received.s3).toHaveLength(1);
    expect(authors(received.f)).toEqual([[1, "p1"], [2, "p2"], [3, "p1"]]);
  });
});
