/**
 * Rooms as (b) has them, driven straight through `Room.executeChecked` on a real SQLite store,
 * with no sockets: what heapBench.ts and allocBench.ts measure of the room alone. The commands
 * are parsed when they are made, as a socket's handler parses its payload before the room.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CheckedCommandSchema, type Actor, type CommandInput } from "@/lib/domain";
import type { Room } from "@/server/rooms/room";
import { Rooms } from "@/server/rooms/rooms";
import { SqliteStore } from "@/server/store/sqliteStore";

export const PEOPLE = 30;

export interface LiveRoom {
  room: Room;
  authors: Actor[];
}

const command = (input: CommandInput) => CheckedCommandSchema.parse(input);
const id = (name: string) => name.padEnd(36, "x");

/** A card as a bench phone posts it: the same length as (b)'s. */
export const cardCommand = (round: number, i: number) => command({ type: "card.add", phaseId: "changes", text: `Card ${round}.${i}, posted by a bench phone` });

/**
 * `count` workshops of PEOPLE participants each, in the "changes" phase. `anonymous`: as in "Us
 * and them", each author's copy names them, no one else's.
 */
export async function openRooms(count: number, anonymous: boolean): Promise<{ live: LiveRoom[]; close: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "onside-rooms-"));
  const store = SqliteStore.open(dir);
  const rooms = new Rooms({ store, now: Date.now, publish: () => {} });
  const live: LiveRoom[] = [];
  for (let n = 0; n < count; n++) {
    const { room } = await rooms.create({ title: `Many rooms ${n}`, teams: ["Sales", "IT", "Finance"] });
    const authors: Actor[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const joined = await room.executeChecked(id(`join-${i}`), command({ type: "participant.join", name: `Person ${i}`, teamId: "t1" }), { role: "guest", tokenHash: String(i).padStart(64, "a") });
      if (!joined.ok) throw new Error(joined.error.message);
      authors.push({ role: "participant", participantId: joined.data.id! });
    }
    const facilitator: Actor = { role: "facilitator" };
    const options = { columns: [], private: false, anonymous: true };
    if (anonymous) await room.executeChecked(id("anonymous"), command({ type: "agenda.updatePhase", phaseId: "changes", options }), facilitator);
    await room.executeChecked(id("goto-changes"), command({ type: "phase.goto", phaseId: "changes" }), facilitator);
    live.push({ room, authors });
  }
  return {
    live,
    close: () => {
      void store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
