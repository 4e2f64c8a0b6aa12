import { createWorkshop, normalizeJoinCode, isJoinCode, type CreateWorkshop, type DomainEvent, type EventOf } from "@/lib/domain";
import { ConflictError, StoreUnavailableError } from "../store/eventStore";
import { hashToken, newFacilitatorToken, newJoinCode } from "../secrets";
import { Room, type RoomDeps } from "./room";

/**
 * The live workshops of this process, loaded from the store on first use. Loading is shared, so
 * forty phones reconnecting at once fold the log once.
 */
export class Rooms {
  private readonly live = new Map<string, Promise<Room | null>>();
  private closing = false;

  constructor(private readonly deps: RoomDeps) {}

  /** The workshop for a code as typed (any case, spaces), or `null` if there is none. */
  get(input: string): Promise<Room | null> {
    const code = normalizeJoinCode(input);
    if (!isJoinCode(code)) return Promise.resolve(null);
    let room = this.live.get(code);
    if (!room) {
      room = Room.load(code, this.deps).then((loaded) => {
        // An unknown code is not kept: it may be created on another server a moment later.
        if (!loaded) this.live.delete(code);
        // Opened while the server stops (a phone reconnecting): readable, but it takes no command.
        if (this.closing) void loaded?.close();
        return loaded;
      });
      // A log that cannot be read is tried again on the next request rather than cached.
      room.catch(() => this.live.delete(code));
      this.live.set(code, room);
    }
    if (!this.deps.store.shared) return room;
    const loading = room;
    return loading.then((loaded) => loaded && this.current(code, loaded, loading));
  }

  /**
   * With several servers on one store, a room loaded here earlier may be behind: it catches up
   * first (a phone that joined through another server is known here too). A workshop deleted
   * through another server is let go.
   */
  private async current(code: string, room: Room, loading: Promise<Room | null>): Promise<Room | null> {
    if (await room.refresh()) return room;
    if (this.live.get(code) === loading) this.live.delete(code);
    return null;
  }

  /**
   * Lets a deleted workshop go: its room takes no further command, and its code is looked up in
   * the store again next time (where it is gone, so it is unknown; or, very rarely, drawn anew).
   */
  async forget(input: string): Promise<void> {
    const code = normalizeJoinCode(input);
    const room = this.live.get(code);
    this.live.delete(code);
    await room?.then((loaded) => loaded?.close(), () => undefined);
  }

  /**
   * For a graceful stop: every live workshop finishes the commands it holds (each is saved and
   * answered) and takes no new one, and no workshop is created, so the store can then be closed
   * with nothing half done. Refused commands are answered `unavailable`: clients send them again.
   */
  async close(): Promise<void> {
    this.closing = true;
    const rooms = await Promise.all([...this.live.values()].map((room) => room.catch(() => null)));
    await Promise.all(rooms.map((room) => room?.close()));
    // The answers go out on the turn after the last command resolved: let them leave first.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * A new workshop. `then` gives the events that follow its creation (an import's agreements):
   * they are stored in the same append, so a workshop is there whole or not at all.
   */
  async create(
    input: CreateWorkshop,
    then: (created: EventOf<"workshop.created">) => DomainEvent[] = () => [],
  ): Promise<{ room: Room; facilitatorToken: string }> {
    if (this.closing) throw new StoreUnavailableError("The server is stopping");
    const facilitatorToken = newFacilitatorToken();
    for (;;) {
      const code = newJoinCode();
      const event = createWorkshop(input, { code, facilitatorTokenHash: hashToken(facilitatorToken) });
      const at = this.deps.now();
      const events = [event, ...then(event)].map((e, i) => ({ seq: i + 1, at, actor: "facilitator", commandId: null, resultId: null, event: e }));
      try {
        await this.deps.store.append(code, 0, events);
      } catch (err) {
        if (err instanceof ConflictError) continue; // that code is taken: draw another
        throw err;
      }
      const room = await this.get(code);
      if (!room) throw new Error(`Workshop ${code} vanished right after it was created`);
      return { room, facilitatorToken };
    }
  }
}
