import type { Rooms } from "./rooms/rooms";
import type { EventStore } from "./store/eventStore";

export interface RemovalDeps {
  rooms: Rooms;
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
  await deps.rooms.forget(code);
  deps.disconnect(code);
  return removed;
}
