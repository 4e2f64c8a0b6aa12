import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardsOf, CommandSchema, fold, type Actor, type CommandInput, type Delivery, type StoredEvent } from "@/lib/domain";
import type { Room } from "@/server/rooms/room";
import { Rooms } from "@/server/rooms/rooms";
import { ConflictError } from "@/server/store/eventStore";
import { SqliteStore } from "@/server/store/sqliteStore";
import { FaultyStore } from "../../helpers/faultyStore";

/** The real SQLite store, counting appends, failing on demand. */
class CountingStore extends FaultyStore {
  appends: number[] = [];
  /** The append to refuse (counting from 0) as if another writer had been first. */
  conflictAt: number | null = null;
  override append(code: string, expectedSeq: number, events: readonly StoredEvent[]): Promise<void> {
    this.appends.push(events.length);
    if (this.appends.length - 1 === this.conflictAt) return Promise.reject(new ConflictError("Another writer appended first"));
    return super.append(code, expectedSeq, events);
  }
}

const facilitator: Actor = { role: "facilitator" };
const command = (input: CommandInput) => CommandSchema.parse(input);
const card = (text: string) => command({ type: "card.add", phaseId: "changes", text });
const texts = (room: Room) => cardsOf(room.state, "changes").map((c) => c.text);
/** A fresh turn of the event loop: what is sent now arrives together, as from many phones at once. */
const freshTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * A room on a store of its own carries out the first command of a turn of the event loop at once,
 * and the ones that come after it in the same turn together (server/rooms/turn.ts): one append
 * for all, each decided on what the ones before it did.
 */
describe("a turn's commands, saved together", () => {
  let dir: string;
  let store: CountingStore;
  let sent: Delivery[];
  let room: Room;
  let people: Actor[];

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "onside-turns-"));
    store = new CountingStore(SqliteStore.open(dir));
    sent = [];
    const rooms = new Rooms({ store, now: Date.now, publish: (_code, batch) => sent.push(...batch) });
    ({ room } = await rooms.create({ title: "Kick-off", teams: ["Sales", "IT"] }));
    people = [];
    for (let i = 0; i < 12; i++) {
      const joined = await room.execute(`join-${i}-xxxxxxxx`, command({ type: "participant.join", name: `P${i}`, teamId: "t1" }), { role: "guest", tokenHash: String(i).padStart(64, "a") });
      if (!joined.ok) throw new Error(joined.error.message);
      people.push({ role: "participant", participantId: joined.data.id! });
    }
    await room.execute("goto-changes-1", command({ type: "phase.goto", phaseId: "changes" }), facilitator);
    store.appends = [];
    sent = [];
    await freshTurn();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("saves them in one append, answers each with its own place in the log, and sends them in that order", async () => {
    const before = room.state.seq;
    const answers = await Promise.all(people.map((p, i) => room.execute(`card-${i}-xxxxxxxx`, card(`Card ${i}`), p)));
    // The first at once, the eleven that came after it in the same turn in one append.
    expect(store.appends).toEqual([1, people.length - 1]);
    expect(answers.map((a) => a.ok && a.data.seq)).toEqual(people.map((_, i) => before + 1 + i));
    expect(texts(room)).toEqual(people.map((_, i) => `Card ${i}`));
    const seqs = sent.map((d) => d.event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs)).toEqual(new Set(people.map((_, i) => before + 1 + i)));
    // What the room holds is what its log says.
    expect(room.state).toEqual(fold(await store.load(room.code)));
  });

  it("decides each on what the ones before it in the turn did", async () => {
    const [ann, bob] = people as [Actor, Actor];
    const answers = await Promise.all([
      room.execute("card-ann-xxxxxxxx", card("Before the lock"), ann),
      room.execute("lock-changes-xxxx", command({ type: "phase.lock", phaseId: "changes", locked: true }), facilitator),
      room.execute("card-bob-xxxxxxxx", card("After the lock"), bob),
    ]);
    expect(answers.map((a) => a.ok)).toEqual([true, true, false]);
    expect(answers[2]!.ok === false && answers[2]!.error.code).toBe("closed");
    expect(texts(room)).toEqual(["Before the lock"]);
    expect(store.appends).toEqual([1, 1]);
  });

  it("answers a command sent twice in one turn once, with one card", async () => {
    const ann = people[0]!;
    const [first, again] = await Promise.all([room.execute("card-twice-xxxxxx", card("Once"), ann), room.execute("card-twice-xxxxxx", card("Once"), ann)]);
    expect(again).toEqual(first);
    expect(texts(room)).toEqual(["Once"]);
    // And once more in a later turn: the same answer, from what the room remembers.
    expect(await room.execute("card-twice-xxxxxx", card("Once"), ann)).toEqual(first);
    expect(store.appends).toEqual([1]);
  });

  it("changes nothing when the turn cannot be saved: every command is refused unsaved, and is taken when sent again", async () => {
    const state = structuredClone(room.state);
    const cards = room.state.cards;
    store.failing = "writes";
    const refused = await Promise.all(people.slice(0, 5).map((p, i) => room.execute(`card-${i}-xxxxxxxx`, card(`Card ${i}`), p)));
    for (const answer of refused) expect(answer).toMatchObject({ ok: false, error: { code: "unavailable" } });
    // Not even the records the turn worked on: the room's state is as it was, and nothing went out.
    expect(room.state).toEqual(state);
    expect(room.state.cards).toBe(cards);
    expect(sent).toEqual([]);

    store.failing = null;
    const taken = await Promise.all(people.slice(0, 5).map((p, i) => room.execute(`card-${i}-xxxxxxxx`, card(`Card ${i}`), p)));
    expect(taken.every((a) => a.ok)).toBe(true);
    expect(texts(room)).toEqual(["Card 0", "Card 1", "Card 2", "Card 3", "Card 4"]);
    expect(room.state).toEqual(fold(await store.load(room.code)));
  });

  it("keeps what others read as saved while a turn is being saved (a slow disk)", async () => {
    const seq = room.state.seq;
    store.appendDelayMs = 50;
    const answers = Promise.all(people.slice(0, 3).map((p, i) => room.execute(`card-${i}-xxxxxxxx`, card(`Card ${i}`), p)));
    await new Promise((r) => setTimeout(r, 20));
    // A phone handed a snapshot now gets only what is durable.
    expect(room.snapshotFor(facilitator).seq).toBe(seq);
    expect(texts(room)).toEqual([]);
    expect((await answers).every((a) => a.ok)).toBe(true);
    expect(room.state.seq).toBe(seq + 3);
  });

  it("carries a turn that lost a race to the log out one command at a time, each deciding again", async () => {
    store.conflictAt = 1;
    const answers = await Promise.all(people.slice(0, 4).map((p, i) => room.execute(`card-${i}-xxxxxxxx`, card(`Card ${i}`), p)));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(store.appends).toEqual([1, 3, 1, 1, 1]);
    expect(texts(room)).toEqual(["Card 0", "Card 1", "Card 2", "Card 3"]);
    expect(room.state).toEqual(fold(await store.load(room.code)));
  });

  it("carries out a lone command at once, without waiting for the turn to end (a room of thirty)", async () => {
    const first = await Promise.race([room.execute("card-alone-xxxxxx", card("Alone"), people[0]!).then(() => "answered"), freshTurn().then(() => "the turn ended")]);
    expect(first).toBe("answered");
    expect(texts(room)).toEqual(["Alone"]);
  });

  it("carries out one phone's commands in the order it sent them, across turns, on a slow disk", async () => {
    store.appendDelayMs = 20;
    const lock = (locked: boolean, i: number) => room.execute(`lock-${i}-xxxxxxxxx`, command({ type: "phase.lock", phaseId: "changes", locked }), facilitator);
    // Each sent in a turn of its own while the ones before are still being saved.
    const answers = [lock(true, 0), lock(false, 1)];
    await freshTurn();
    answers.push(lock(true, 2), lock(false, 3));
    await freshTurn();
    answers.push(lock(true, 4));
    const seqs = (await Promise.all(answers)).map((a) => (a.ok ? a.data.seq : -1));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(5);
    expect(room.state.controls.changes?.locked).toBe(true);
    expect(room.state).toEqual(fold(await store.load(room.code)));
  });
});
