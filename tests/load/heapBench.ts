/**
 * What a live workshop keeps in memory for each card posted: the server's live heap after a full
 * collection, before and after rooms of 30 post their cards, per card: what a hosted server's
 * memory grows by with every card of every live workshop. Steady to a few bytes from run to run,
 * where (b)'s tails are not (bench/NOTES.md 38-39: halving it did not move them). As in (b), each
 * room's cards all stay in its history of recent events (server/rooms/history.ts).
 * `node --expose-gc --import tsx tests/load/heapBench.ts [--anonymous]`
 */
import { cardCommand, openRooms, PEOPLE } from "./roomsFixture";

const anonymous = process.argv.includes("--anonymous");
const ROOMS = 10;
const CARDS_EACH = 50;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc");

const liveHeap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const { live, close } = await openRooms(ROOMS, anonymous);
const before = liveHeap();
for (let round = 0; round < CARDS_EACH; round++) {
  // One card from each person of each room in one turn of the event loop, as phones posting together.
  const answers = await Promise.all(live.flatMap(({ room, authors }) => authors.map((actor, i) => room.executeChecked(crypto.randomUUID(), cardCommand(round, i), actor))));
  const refused = answers.find((a) => !a.ok);
  if (refused && !refused.ok) throw new Error(refused.error.message);
}
const after = liveHeap();
const cards = ROOMS * PEOPLE * CARDS_EACH;
console.log(`${ROOMS} rooms of ${PEOPLE}, ${cards} cards${anonymous ? ", anonymous" : ""}: ${((after - before) / cards).toFixed(0)} bytes of live heap per card (${((after - before) / 1e6).toFixed(1)} MB)`);
close();
