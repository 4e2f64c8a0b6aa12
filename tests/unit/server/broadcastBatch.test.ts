import { describe, expect, it } from "vitest";
import type { Delivery, SeqEvent } from "@/lib/domain";
import { inflateEvents, unpack, type WireEvent } from "@/lib/protocol";
import { OwnCopies } from "@/lib/client/ownCopies";
import { Broadcaster } from "@/server/realtime/broadcaster";
import type { OnsideServer } from "@/server/realtime/types";

const CODE = "ABCDEF";

/**
 * Three phones (p1, p2, p3) and a facilitator; records what each socket receives, in order. The
 * facilitator and p1 read large batches deflated.
 */
function fakeServer() {
  const members: Record<string, string[]> = {
    [`w:${CODE}:z`]: ["s1", "f"],
    [`w:${CODE}:json`]: ["s2", "s3"],
    [`w:${CODE}:all`]: ["s1", "s2", "s3"],
    [`w:${CODE}:fac`]: ["f"],
    [`w:${CODE}:screen`]: [],
    [`w:${CODE}:any`]: ["s1", "s2", "s3", "f"],
    [`p:${CODE}:p1`]: ["s1"],
    [`p:${CODE}:p2`]: ["s2"],
    [`p:${CODE}:p3`]: ["s3"],
  };
  type Socket = "s1" | "s2" | "s3" | "f";
  const messages: Record<Socket, { name: string; payload: WireEvent[] | string }[]> = { s1: [], s2: [], s3: [], f: [] };
  const target = (to: string[], except: string[] = []) => ({
    except: (rooms: string | string[]) => target(to, except.concat(rooms)),
    emit: (name: string, payload: WireEvent[] | string) => {
      const out = new Set(except.flatMap((r) => members[r] ?? []));
      const sockets = new Set(to.flatMap((r) => members[r] ?? [r]));
      for (const s of sockets) if (!out.has(s)) messages[s as Socket]?.push({ name, payload });
    },
  });
  const io = {
    to: (room: string | string[]) => target(Array.isArray(room) ? room : [room]),
    local: { to: (room: string | string[]) => target(Array.isArray(room) ? room : [room]) },
    sockets: { adapter: { rooms: new Map(Object.entries(members).map(([k, v]) => [k, new Set(v)])) } },
  };
  const inflated = (s: Socket) => Promise.all(messages[s].map(async (m) => unpack(Array.isArray(m.payload) ? m.payload : await inflateEvents(m.payload))));
  return { io: io as unknown as OnsideServer, messages, inflated };
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

/** What a phone ends up holding: its own copies (`workshop:own`) in place of the shared ones. */
function folded(messages: { name: string; payload: WireEvent[] | string }[]): SeqEvent[] {
  const own = new OwnCopies();
  const held: SeqEvent[] = [];
  for (const m of messages) {
    const events = unpack(m.payload as WireEvent[]);
    if (m.name === "workshop:own") own.hold(events);
    else held.push(...events.map((e) => own.resolve(e)));
  }
  return held;
}

const ofMessage = (m: { payload: WireEvent[] | string } | undefined) => [unpack(m!.payload as WireEvent[])];

/** The seq numbers of each message a socket received, message by message. */
const seqsOf = (messages: { name: string; payload: WireEvent[] | string }[]) => messages.map((m) => unpack(m.payload as WireEvent[]).map((e) => e.seq));

describe("broadcasting anonymous cards posted together", () => {
  it("sends each phone every card once, in order, in one message, and each author only their own copies besides", async () => {
    const { io, messages } = fakeServer();
    const broadcaster = new Broadcaster(io);
    broadcaster.publish(CODE, anonymousCard(1, "p1"));
    broadcaster.publish(CODE, anonymousCard(2, "p2"));
    broadcaster.publish(CODE, anonymousCard(3, "p1"));
    await new Promise((resolve) => setImmediate(resolve));

    expect(messages.s1.map((m) => m.name)).toEqual(["workshop:own", "workshop:events"]);
    expect(authors(ofMessage(messages.s1[0]))).toEqual([[1, "p1"], [3, "p1"]]);
    expect(authors([folded(messages.s1)])).toEqual([[1, "p1"], [2, null], [3, "p1"]]);
    expect(authors([folded(messages.s2)])).toEqual([[1, null], [2, "p2"], [3, null]]);
    // Nobody is sent anyone else's copy: the shared batch names no author.
    expect(messages.s3.map((m) => m.name)).toEqual(["workshop:events"]);
    expect(authors([folded(messages.s3)])).toEqual([[1, null], [2, null], [3, null]]);
    expect(authors(ofMessage(messages.s2[1]))).toEqual([[1, null], [2, null], [3, null]]);
    expect(authors([folded(messages.f)])).toEqual([[1, "p1"], [2, "p2"], [3, "p1"]]);
  });

  it("sends every phone a flush of hundreds of authors' cards as one message", async () => {
    const { io, messages } = fakeServer();
    const broadcaster = new Broadcaster(io);
    // Authors p4…p503 have no socket here; their cards still reach the three phones.
    for (let seq = 1; seq <= 500; seq++) broadcaster.publish(CODE, anonymousCard(seq, `p${seq + 3}`));
    await new Promise((resolve) => setImmediate(resolve));
    expect(messages.s2.map((m) => m.name)).toEqual(["workshop:events"]);
    expect(messages.s1.map((m) => m.name)).toEqual(["workshop:deflated"]);
    expect(authors(ofMessage(messages.s2[0])).map(([seq]) => seq)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
  });
});

describe("broadcasting a large batch", () => {
  const card = (seq: number): Delivery => ({
    to: { kind: "participants", except: [] },
    event: { seq, at: seq, event: { type: "card.added", cardId: `c${seq}`, phaseId: "x", authorId: "p2", teamId: "t1", text: `Card number ${seq} of the kick-off`, column: null, aboutTeamId: null, anonymous: false } },
  });

  it("deflates it once for the phones that read it so, and sends the same events as JSON to the others", async () => {
    const { io, messages, inflated } = fakeServer();
    const broadcaster = new Broadcaster(io);
    broadcaster.publish(CODE, Array.from({ length: 40 }, (_, i) => card(i + 1)));
    await new Promise((resolve) => setImmediate(resolve));

    expect(messages.s1.map((m) => m.name)).toEqual(["workshop:deflated"]);
    expect(messages.s2.map((m) => m.name)).toEqual(["workshop:events"]);
    const base64 = messages.s1[0]!.payload as string;
    expect(base64.length).toBeLessThan(JSON.stringify(messages.s2[0]!.payload).length / 3);
    const [ofS1, ofS2] = [await inflated("s1"), await inflated("s2")];
    expect(ofS1).toEqual(ofS2);
    expect(ofS1.flat().map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("sends one person's own copies of a large batch as JSON, before the shared batch, deflated", async () => {
    const { io, messages, inflated } = fakeServer();
    new Broadcaster(io).publish(CODE, Array.from({ length: 60 }, (_, i) => anonymousCard(i + 1, "p1")).flat());
    await new Promise((resolve) => setImmediate(resolve));
    expect(messages.s1.map((m) => m.name)).toEqual(["workshop:own", "workshop:deflated"]);
    expect(authors(ofMessage(messages.s1[0])).every(([, author]) => author === "p1")).toBe(true);
    expect(messages.f.map((m) => m.name)).toEqual(["workshop:deflated"]);
    expect(authors(await inflated("f")).every(([, author]) => author === "p1")).toBe(true);
    expect(authors(await inflated("s2")).every(([, author]) => author === null)).toBe(true);
  });

  it("sends a small one as JSON to everyone", async () => {
    const { io, messages } = fakeServer();
    new Broadcaster(io).publish(CODE, [card(1), card(2)]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(messages.s1.map((m) => m.name)).toEqual(["workshop:events"]);
    expect(messages.s3.map((m) => m.name)).toEqual(["workshop:events"]);
  });
});

describe("catching up phones that come back together", () => {
  const shared = Array.from({ length: 5 }, (_, i) => anonymousCard(i + 1, "p9")[1]!.event);

  it("on a server of its own, owes a phone the list already waiting when its own list begins with it; the rest comes in the same flush", async () => {
    const { io, messages } = fakeServer();
    const broadcaster = new Broadcaster(io, true);
    broadcaster.catchUp(CODE, "s1", shared.slice(0, 3));
    // Cards 4 and 5 are written after s1's list was made; s2 comes back after them.
    broadcaster.publish(CODE, [4, 5].flatMap((seq) => anonymousCard(seq, "p9")));
    broadcaster.catchUp(CODE, "s2", shared.slice(0, 5));
    await new Promise((resolve) => setImmediate(resolve));

    expect(seqsOf(messages.s1)).toEqual([[1, 2, 3], [4, 5]]);
    expect(seqsOf(messages.s2)).toEqual([[1, 2, 3], [4, 5]]);
    // One list, encoded once, for both.
    expect(messages.s2[0]!.payload).toBe(messages.s1[0]!.payload);
    expect(seqsOf(messages.s3)).toEqual([[4, 5]]);
  });

  it("never gives a phone a list holding someone else's own copy", async () => {
    const { io, messages } = fakeServer();
    const broadcaster = new Broadcaster(io, true);
    const [own] = anonymousCard(2, "p1").filter((d) => d.to.kind === "participant");
    broadcaster.catchUp(CODE, "s1", [shared[0]!, own!.event]);
    broadcaster.catchUp(CODE, "s2", shared.slice(0, 3));
    await new Promise((resolve) => setImmediate(resolve));
    expect(messages.s2).toHaveLength(1);
    expect(authors(ofMessage(messages.s2[0]))).toEqual([[1, null], [2, null], [3, null]]);
  });

  it("with other servers, sends each phone its own list: events they wrote reach it only through them", async () => {
    const { io, messages } = fakeServer();
    const broadcaster = new Broadcaster(io, false);
    broadcaster.catchUp(CODE, "s1", shared.slice(0, 3));
    broadcaster.catchUp(CODE, "s2", shared.slice(0, 5));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seqsOf(messages.s1)).toEqual([[1, 2, 3]]);
    expect(seqsOf(messages.s2)).toEqual([[1, 2, 3, 4, 5]]);
  });
});

describe("a command's events, once its answer has gone", () => {
  const named = (seq: number): Delivery[] => [
    { to: { kind: "facilitator" }, event: anonymousCard(seq, "p1")[0]!.event },
    { to: { kind: "participants", except: [] }, event: anonymousCard(seq, "p1")[0]!.event },
  ];
  const names = (messages: { name: string }[]) => messages.map((m) => m.name);

  const tick = () => new Promise((resolve) => process.nextTick(resolve));

  it("in a small workshop, go on the next tick, not at the end of the event loop's turn", async () => {
    const { io, messages } = fakeServer();
    const broadcaster = new Broadcaster(io, true);
    let turnEnded = false;
    setImmediate(() => (turnEnded = true));
    broadcaster.publish(CODE, named(1));
    broadcaster.answered(CODE);
    await tick();
    expect(turnEnded).toBe(false);
    expect(names(messages.s2)).toEqual(["workshop:events"]);
    expect(names(messages.f)).toEqual(["workshop:events"]);
  });

  it("in a small workshop, wait for the round of answers they are in: the commands saved with them are answered first", async () => {
    const { io, messages } = fakeServer();
    const broadcaster = new Broadcaster(io, true);
    // A turn of two commands (rooms/turn.ts): both published, then both answered in one round of promise callbacks.
    const sentAtSecondAnswer = await Promise.resolve()
      .then(() => {
        broadcaster.publish(CODE, [...named(1), ...named(2)]);
        broadcaster.answered(CODE);
      })
      .then(() => names(messages.s2));
    expect(sentAtSecondAnswer).toEqual([]);
    await tick();
    expect(seqsOf(messages.s2)).toEqual([[1, 2]]);
  });

  it("in a small workshop, go once: the turn's flush finds nothing left to send", async () => {
    const { io, messages } = fakeServer();
    const broadcaster = new Broadcaster(io, true);
    broadcaster.publish(CODE, named(1));
    broadcaster.answered(CODE);
    await tick();
    broadcaster.publish(CODE, named(2));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seqsOf(messages.s2)).toEqual([[1], [2]]);
  });

  it("in a large workshop, wait for the turn's one message with the events of every command in it", async () => {
    const { io, messages } = fakeServer();
    const everyone = io.sockets.adapter.rooms.get(`w:${CODE}:any`)!;
    for (let i = 0; i < 60; i++) everyone.add(`other${i}`);
    const broadcaster = new Broadcaster(io, true);
    broadcaster.publish(CODE, named(1));
    broadcaster.answered(CODE);
    broadcaster.publish(CODE, named(2));
    broadcaster.answered(CODE);
    expect(names(messages.s2)).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seqsOf(messages.s2)).toEqual([[1, 2]]);
  });
});
