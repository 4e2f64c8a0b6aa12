import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CommandSchema, cardsOf, type Actor, type CommandInput, type Delivery, type StoredEvent } from "@/lib/domain";
import { Rooms } from "@/server/rooms/rooms";
import type { EventStore } from "@/server/store/eventStore";
import { SqliteStore } from "@/server/store/sqliteStore";

/** Counts what reaches the store, and can say it is shared (as PostgreSQL does). */
class CountingStore implements EventStore {
  readonly kind = "sqlite" as const;
  loads = 0;
  constructor(
    private readonly inner: SqliteStore,
    readonly shared: boolean,
  ) {}
  append(code: string, expectedSeq: number, events: readonly StoredEvent[]) {
    return this.inner.append(code, expectedSeq, events);
  }
  load(code: string, afterSeq?: number) {
    this.loads++;
    return this.inner.load(code, afterSeq);
  }
  remove(code: string) {
    return this.inner.remove(code);
  }
  idleSince(before: number) {
    return this.inner.idleSince(before);
  }
  close() {
    return this.inner.close();
  }
}

/** One server's rooms over the store, with what they broadcast. */
function server(store: EventStore) {
  const sent: Delivery[] = [];
  const rooms = new Rooms({ store, now: Date.now, publish: (_code, batch) => sent.push(...batch) });
  return { rooms, sent, seqsSent: () => [...new Set(sent.map((d) => d.event.seq))] };
}

const facilitator: Actor = { role: "facilitator" };
/** As the socket handler hands it over: parsed, defaults filled in. */
const command = (input: CommandInput) => CommandSchema.parse(input);

/**
 * Two servers' rooms for one workshop over one store, in one process: what each room does when the
 * other appends. (The same runs across real processes on PostgreSQL in twoNodes.test.ts.)
 */
describe("rooms of two servers on one shared store", () => {
  let dir: string;
  let sqlite: SqliteStore;
  let store: CountingStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "onside-shared-rooms-"));
    sqlite = SqliteStore.open(dir);
    store = new CountingStore(sqlite, true);
  });
  afterEach(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function twoServers() {
    const a = server(store);
    const b = server(store);
    const { room: roomA } = await a.rooms.create({ title: "Kick-off", teams: ["Sales", "IT"] });
    const roomB = (await b.rooms.get(roomA.code))!;
    const joined = await roomA.execute("join-ann-1", command({ type: "participant.join", name: "Ann", teamId: "t1" }), { role: "guest", tokenHash: "a".repeat(64) });
    if (!joined.ok) throw new Error(joined.error.message);
    const ann: Actor = { role: "participant", participantId: joined.data.id! };
    await roomA.execute("goto-changes-1", command({ type: "phase.goto", phaseId: "changes" }), facilitator);
    return { a, b, roomA, roomB, ann };
  }

  it("decides on what the other server appended, and sends only its own events", async () => {
    const { a, b, roomA, roomB, ann } = await twoServers();
    const before = roomA.state.seq;
    // B never saw Ann join nor the phase change: it catches up before deciding, so no conflict.
    const res = await roomB.execute("card-ann-1", command({ type: "card.add", phaseId: "changes", text: "From B" }), ann);
    expect(res.ok && res.data.seq).toBe(before + 1);
    expect(b.seqsSent()).toEqual([before + 1]);
    expect(a.seqsSent()).not.toContain(before + 1);
    expect(cardsOf(roomB.state, "changes").map((c) => c.text)).toEqual(["From B"]);
  });

  it("answers a command retried on the other server with its first answer, and does it once", async () => {
    const { roomA, roomB, ann } = await twoServers();
    const first = await roomA.execute("card-ann-2", command({ type: "card.add", phaseId: "changes", text: "Once" }), ann);
    const retried = await roomB.execute("card-ann-2", command({ type: "card.add", phaseId: "changes", text: "Once" }), ann);
    expect(retried).toEqual(first);
    expect(cardsOf(roomB.state, "changes")).toHaveLength(1);
  });

  it("brings a room up to date when it is asked for (a handshake, a sync): a phone that joined elsewhere is known, missed events are there", async () => {
    const { b, roomB, ann } = await twoServers();
    const stale = roomB.state.seq;
    const again = await b.rooms.get(roomB.code);
    expect(again).toBe(roomB);
    expect(roomB.state.participants[ann.role === "participant" ? ann.participantId : ""]?.name).toBe("Ann");
    expect(roomB.state.seq).toBeGreaterThan(stale);
    const missed = roomB.eventsSince(stale, { role: "facilitator" });
    expect(missed?.map((e) => e.seq)).toEqual(Array.from({ length: roomB.state.seq - stale }, (_, i) => stale + 1 + i));
    // Folded, not sent again: the server that appended them sent them.
    expect(b.sent).toEqual([]);
  });

  it("lets go of a workshop deleted through the other server", async () => {
    const { b, roomB, ann } = await twoServers();
    await store.remove(roomB.code);
    const res = await roomB.execute("card-ann-3", command({ type: "card.add", phaseId: "changes", text: "Too late" }), ann);
    expect(res).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await b.rooms.get(roomB.code)).toBeNull();
  });

  it("reads nothing more from a store of its own: one server on SQLite decides from memory", async () => {
    const own = new CountingStore(sqlite, false);
    const { rooms } = server(own);
    const { room } = await rooms.create({ title: "Kick-off", teams: ["Sales", "IT"] });
    const loads = own.loads;
    for (let i = 0; i < 5; i++) {
      const res = await room.execute(`goto-${i}-xxxx`, command({ type: "phase.goto", phaseId: i % 2 ? "changes" : "check-in" }), facilitator);
      expect(res.ok).toBe(true);
    }
    await rooms.get(room.code);
    expect(await room.refresh()).toBe(true);
    expect(own.loads).toBe(loads);
  });
});
