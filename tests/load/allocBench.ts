/**
 * What a card costs the room on its way through, one at a time as (b)'s phones post them: the
 * time from the command to its deliveries, and the bytes allocated meanwhile, kept or not. Those
 * bytes fill the young generation, and each time it fills the server stops for a scavenge (4-9 ms
 * in (b), which is where both servers' p99 sits: bench/NOTES.md 43). `--sites` lists where the
 * bytes are allocated. Rooms only (the commands are made before): the sockets' share is measured
 * in (b) itself.
 * `node --import tsx tests/load/allocBench.ts [--sites]`
 */
import { Session } from "node:inspector/promises";
import type { Actor } from "@/lib/domain";
import type { Room } from "@/server/rooms/room";
import { cardCommand, openRooms, PEOPLE } from "./roomsFixture";

const ROOMS = 10;
const ROUNDS = 20;

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

const { live, close } = await openRooms(ROOMS, false);
let round = 0;
/** The next rounds' cards, one from each person of each room, made before they are timed or sampled. */
function cards(rounds: number): { id: string; command: ReturnType<typeof cardCommand>; actor: Actor; room: Room }[] {
  const out = [];
  for (const end = round + rounds; round < end; round++) {
    for (const { room, authors } of live) {
      for (const [i, actor] of authors.entries()) out.push({ id: crypto.randomUUID(), command: cardCommand(round, i), actor, room });
    }
  }
  return out;
}
async function post(batch: ReturnType<typeof cards>): Promise<number> {
  for (const { id, command, actor, room } of batch) {
    const answer = await room.executeChecked(id, command, actor);
    if (!answer.ok) throw new Error(answer.error.message);
  }
  return batch.length;
}

await post(cards(ROUNDS)); // warm: the code optimised, the store's pages cached
const toTime = cards(ROUNDS);
const started = performance.now();
const timed = await post(toTime);
const usPerCard = ((performance.now() - started) * 1000) / timed;

const toSample = cards(ROUNDS);
// Every allocation sampled, those collected since included (the heap profiler's own flags).
const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const sampled = await post(toSample);
const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: ProfileNode } };
session.disconnect();

const sites = new Map<string, number>();
let bytes = 0;
const walk = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  bytes += node.selfSize;
  const site = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
  if (node.selfSize > 0) sites.set(site, (sites.get(site) ?? 0) + node.selfSize);
  node.children.forEach(walk);
};
walk(profile.head);

console.log(`${ROOMS} rooms of ${PEOPLE}, one card at a time: ${usPerCard.toFixed(0)} µs and ${(bytes / sampled).toFixed(0)} bytes allocated per card`);
if (process.argv.includes("--sites")) {
  for (const [site, n] of [...sites].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${String(Math.round(n / sampled)).padStart(8)}  ${site}`);
}
close();
