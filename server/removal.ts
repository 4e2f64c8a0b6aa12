import type { Room } from "./rooms/room";
import { Rooms } from "./rooms/rooms";
import type { EventStore } from "./store/eventStore";

/**
 * Rooms that can let a deleted workshop go. `Rooms` keeps every workshop it has loaded and has no
 * way to drop one, so a deleted workshop's room is marked here and answered as unknown from then
 * on, to every request and every handshake. (Were `Rooms` to forget a code itself, this class
 * would not be needed.)
 */
export class DeletableRooms extends Rooms {
  private readonly deleted = new WeakSet<Room>();

  override async get(input: string): Promise<Room | null> {
    const room = await super.get(input);
    return room && !this.deleted.has(room) ? room : null;
  }

  markDeleted(room: Room): void {
    this.deleted.add(room);
  }
}

export interface RemovalDeps {
  rooms: DeletableRooms;
  store: EventStore;
  /** Disconnects every socket of the workshop; they come back to hear it no longer exists. */
  disconnect: (code: string) => void;
}

/**
 * Deletes a workshop whole: every event (which is everything the store holds of it), its room in
 * memory, and its connections. `code` is the workshop's own code (as stored). Resolves with how
 * many events were deleted.
 *
 * The rows go first: a workshop that was not loaded is then not loaded just to be let go. A command
 * decided at the same moment cannot bring it back: its append expects the log to end where the room
 * saw it end, and the log is empty now, so the store refuses it.
 */
export async function removeWorkshop(code: string, deps: RemovalDeps): Promise<number> {
  const removed = await deps.store.remove(code);
  const loaded = await deps.rooms.get(code);
  if (loaded) deps.rooms.markDeleted(loaded);
  deps.disconnect(code);
  return removed;
}
