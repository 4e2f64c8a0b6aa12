/**
 * What a live workshop keeps in memory for each card posted: the server's live heap after a full
 * collection, before and after rooms of 30 post their cards, per card: what a hosted server's
 * memory grows by with every card of every live workshop. Steady to a few bytes from run to run,
 * where (b)'s tails are not (bench/NOTES.md 38-39: halving it did not move them). As in (b), each
 * room's cards all stay in its history of recent events (server/rooms/history.ts).
 * `node --expose-gc --import tsx tests/load/heapBench.ts [--anonymous]`
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CommandSchema, type Actor, type CommandInput } from "@/lib/domain";
import type { Room } from "@/server/rooms/room";
import { Rooms } from "@/server/rooms/rooms";
import { SqliteStore } from "@/server/store/sqliteStore";

const anonymous = process.argv.includes("--anonymous");
const ROOMS = 10;
const PEOPLE = 30;
const CARDS_EACH = 50;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc");

const command = (input: CommandInput) => CommandSchema.parse(input);
const id = (name: string) => name.padEnd(36, "x");
const liveHeap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

async function open(rooms: Rooms, n: number): Promise<{ room: Room; authors: Actor[] }> {
  const { room } = await rooms.create({ title: `Many rooms ${n}`, teams: ["Sales", "IT", "Finance"] });
  const authors: Actor[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const joined = await room.execute(id(`join-${i}`), command({ type: "participant.join", name: `Person ${i}`, teamId: "t1" }), { role: "guest", tokenHash: String(i).padStart(64, "a") });
    if (!joined.ok) throw new Error(joined.error.message);
    authors.push({ role: "participant", participantId: joined.data.id! });
  }
  const facilitator: Actor = { role: "facilitator" };
  // As in "Us and them": each author's copy names them, no one else's.
  const options = { columns: [], private: false, anonymous: true };
  if (anonymous) await room.execute(id("anonymous"), command({ type: "agenda.updatePhase", phaseId: "changes", options }), facilitator);
  await room.execute(id("goto-changes"), command({ type: "phase.goto", phaseId: "changes" }), facilitator);
  return { room, authors };
}

const dir = mkdtempSync(path.join(tmpdir(), "onside-heap-"));
const store = SqliteStore.open(dir);
const rooms = new Rooms({ store, now: Date.now, publish: () => {} });
const live = [];
for (let n = 0; n < ROOMS; n++) live.push(await open(rooms, n));

const before = liveHeap();
for (let round = 0; round < CARDS_EACH; round++) {
  // One card from each person of each room in one turn of the event loop, as phones posting together.
  const answers = await Promise.all(
    live.flatMap(({ room, authors }) =>
      authors.map((actor, i) => room.execute(crypto.randomUUID(), command({ type: "card.add", phaseId: "changes", text: `Card ${round}.${i}, posted by a bench phone` }), actor)),
    ),
  );
  const refused = answers.find((a) => !a.ok);
  if (refused && !refused.ok) throw new Error(refused.error.message);
}
const after = liveHeap();
const cards = ROOMS * PEOPLE * CARDS_EACH;
console.log(`${ROOMS} rooms of ${PEOPLE}, ${cards} cards${anonymous ? ", anonymous" : ""}: ${((after - before) / cards).toFixed(0)} bytes of live heap per card (${((after - before) / 1e6).toFixed(1)} MB)`);
store.close();
rmSync(dir, { recursive: true, force: true });
