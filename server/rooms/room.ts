import {
  actorKey,
  apply,
  CheckedCommandSchema,
  decide,
  deliveries,
  fold,
  issuesOf,
  owning,
  viewFor,
  type Actor,
  type CheckedCommand,
  type Command,
  type Delivery,
  type DomainEvent,
  type SeqEvent,
  type StoredEvent,
  type Viewer,
  type WorkshopState,
} from "@/lib/domain";
import type { Ack, CommandAck, Snapshot } from "@/lib/protocol";
import { invalidInputError, serviceError } from "@/lib/protocol/reasons";
import { ConflictError, CorruptLogError, StoreUnavailableError, type EventStore } from "../store/eventStore";
import { History } from "./history";
import { SerialQueue } from "./serialQueue";
import { planTurn, type Turn, type Waiting } from "./turn";
import { settle, TurnQueue, type Queued } from "./turnQueue";

export interface RoomDeps {
  store: EventStore;
  now: () => number;
  /** Hands each event's copies to the transport, already split by audience. */
  publish: (code: string, batch: ReturnType<typeof deliveries>) => void;
}

/** How often a lost race against another writer is retried before the command is refused. */
const MAX_ATTEMPTS = 5;

/**
 * The authority over one live workshop: one command at a time, decided on the current state,
 * persisted, then applied and fanned out. It knows no socket.
 */
export class Room {
  private readonly queue = new SerialQueue();
  /** Results of commands already carried out, by actor and command id: a retry gets the same. */
  private readonly done = new Map<string, CommandAck>();
  /** Set when the server is stopping: commands in hand are finished, new ones wait for the restart. */
  private closing = false;
  /** On a store of its own, commands are gathered by turn of the event loop (carryOutTurn). */
  private readonly turns = new TurnQueue(
    this.queue,
    (command) => this.carryOutOne(command),
    (commands) => this.carryOutTurn(commands),
  );
  /** A catch-up with the shared log waiting in the queue: callers that come meanwhile share it. */
  private refreshing: Promise<boolean> | null = null;
  private constructor(
    readonly code: string,
    private current: WorkshopState,
    private readonly deps: RoomDeps,
    private readonly history: History,
    /**
     * The records of the workshop this room has copied, and may now write in place: it keeps one
     * state and replaces it with each event, and no one keeps an older one past a synchronous
     * read. Without it, each card of a 2,000-person kick-off copied the record of all cards before it.
     */
    private readonly own: WeakSet<object>,
  ) {}

  static async load(code: string, deps: RoomDeps): Promise<Room | null> {
    const events = await deps.store.load(code);
    if (events.length === 0) return null;
    const history = new History();
    const own = new WeakSet<object>();
    let state: WorkshopState;
    try {
      // The last events are folded one at a time and kept as each audience received them, so that
      // after a restart a phone that missed a few gets those few, not the whole workshop again:
      // after a crash in a kick-off, 2,000 phones each sent a snapshot of 2,000 people and cards
      // kept the server busy for a minute. The creation stays out: a client that holds nothing
      // gets a snapshot.
      // Each state in between is dropped once its deliveries are made: its records are the room's
      // own from the start (copying them per event made this O(n²): 1.8 s after a kick-off).
      const recent = Math.max(1, events.length - history.capacity);
      state = fold(events.slice(0, recent));
      for (const e of events.slice(recent)) {
        state = owning(() => apply(state, e), own);
        history.add(deliveries(e, state));
      }
    } catch (err) {
      // Every event parsed, yet they do not make a workshop (its creation is missing): this
      // workshop cannot be served, and the log names it; the others are not concerned.
      throw new CorruptLogError(`Workshop ${code}: its events cannot be folded (${err instanceof Error ? err.message : String(err)})`);
    }
    const room = new Room(code, state, deps, history, own);
    for (const e of events) room.remember(e);
    return room;
  }

  get state(): WorkshopState {
    return this.current;
  }

  /** Other servers append to this workshop's log too (a shared store). */
  get shared(): boolean {
    return this.deps.store.shared === true;
  }

  /**
   * Folds what other servers appended since this one last looked (nothing to do on a store of
   * its own); resolves `false` if the workshop was deleted meanwhile. Their events are folded and
   * kept for `eventsSince`, never sent again: the server that appended them has sent them.
   */
  refresh(): Promise<boolean> {
    if (!this.shared) return Promise.resolve(true);
    // Queued behind the commands in hand, so an append and a catch-up never fold the same event.
    // One that has not started yet has not read the store yet either: later callers share it.
    this.refreshing ??= this.queue.run(() => {
      this.refreshing = null;
      return this.catchUp();
    });
    return this.refreshing;
  }

  /**
   * Carries out a command made anywhere but a socket's parse: HTTP routes build theirs from a URL
   * (an agreement id in the path), so it is checked here. An id such as "constructor" would find
   * Object's own member in the state and write an event the log could not read back.
   */
  execute(commandId: string, command: Command, actor: Actor): Promise<Ack<CommandAck>> {
    const parsed = CheckedCommandSchema.safeParse(command);
    if (!parsed.success) {
      return Promise.resolve({ ok: false, error: invalidInputError(issuesOf(parsed.error), "The command is not valid.") });
    }
    return this.executeChecked(commandId, parsed.data, actor);
  }

  /** Carries out a command already parsed, as a socket's handler parsed its payload. */
  executeChecked(commandId: string, command: CheckedCommand, actor: Actor): Promise<Ack<CommandAck>> {
    // Nothing is saved for it, so the client keeps it and sends it again once the server is back.
    if (this.closing) return Promise.resolve(fail("restarting"));
    const one = { commandId, command, actor };
    // Several servers on one store: one at a time, each catching up with the log first.
    if (this.shared) return this.queue.run(() => this.carryOutOne(one));
    return this.turns.run(one);
  }

  /**
   * Carries out the commands that came after the first of a turn, saved in one append. A kick-off's
   * phones post a hundred cards or more between two turns of the event loop, and saving each on
   * its own (a transaction, a write to the log) was a fifth of the server's time in the burst.
   * Each command is still decided on its own, in the order they came, on what the ones before it
   * did; none is answered or sent before all are saved.
   */
  private async carryOutTurn(commands: Queued[]): Promise<void> {
    let turn: Turn;
    try {
      turn = planTurn(this.current, commands, this.done, this.deps.now);
    } catch {
      // A command the rules could not decide: one at a time, so it gets its error and the others their answers.
      return this.oneByOne(commands);
    }
    if (turn.events.length > 0) {
      try {
        // Persist first: nothing is applied, acknowledged or sent before it is durable.
        await this.deps.store.append(this.code, this.current.seq, turn.events);
      } catch (err) {
        if (err instanceof StoreUnavailableError) return commands.forEach((c) => c.resolve(fail("notSaved")));
        // Someone else wrote to this log: one at a time, each catches up and decides again.
        if (err instanceof ConflictError) return this.oneByOne(commands);
        return commands.forEach((c) => c.reject(err));
      }
    }
    this.current = turn.state;
    for (const record of turn.copied) this.own.add(record);
    this.keep(turn.events, turn.copies, true);
    commands.forEach((c, i) => {
      const answer = turn.answers[i]!;
      if (answer.ok) this.done.set(`${actorKey(c.actor)}:${c.commandId}`, answer.data);
      c.resolve(answer);
    });
  }

  private async oneByOne(commands: Queued[]): Promise<void> {
    for (const c of commands) await settle(c, () => this.carryOutOne(c));
  }

  private async carryOutOne({ commandId, command, actor }: Waiting): Promise<Ack<CommandAck>> {
    try {
      return await this.carryOut(commandId, command, actor);
    } catch (err) {
      if (err instanceof StoreUnavailableError) return fail("notSaved");
      throw err;
    }
  }

  /** Takes no new command and resolves once those already in hand are decided, saved and answered. */
  async close(): Promise<void> {
    this.closing = true;
    await this.queue.idle();
  }

  /** What a viewer missed since `since`, or `null` when only a snapshot can bring it up to date. */
  eventsSince(since: number, viewer: Viewer): SeqEvent[] | null {
    if (since === this.current.seq) return [];
    // A client ahead of the server holds a log this server never wrote (a restored backup, a
    // different data directory): only a fresh snapshot can put it right.
    if (since > this.current.seq) return null;
    return this.history.since(since, viewer);
  }

  snapshotFor(viewer: Viewer): Snapshot {
    return { seq: this.current.seq, state: viewFor(this.current, viewer) };
  }

  private async carryOut(commandId: string, command: Command, actor: Actor): Promise<Ack<CommandAck>> {
    const key = `${actorKey(actor)}:${commandId}`;
    // Other servers append to this log too: decide on what it holds now, and answer a command
    // retried here after it was carried out there with its first answer.
    if (this.shared && !(await this.catchUp())) return gone();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const known = this.done.get(key);
      if (known) return { ok: true, data: known };

      const now = this.deps.now();
      const decision = decide(this.current, command, { actor, now });
      if (!decision.ok) return { ok: false, error: decision.error };
      if (decision.events.length === 0) return { ok: true, data: { seq: this.current.seq, ...decision.result } };

      const stored = this.number(decision.events, now, actorKey(actor), commandId, decision.result.id ?? null);
      try {
        // Persist first: nothing is applied, acknowledged or sent before it is durable.
        await this.deps.store.append(this.code, this.current.seq, stored);
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        // Another server wrote first: take its events in and decide again on the new state.
        if (!(await this.catchUp())) return gone();
        continue;
      }
      this.commit(stored, true);
      const result = { seq: this.current.seq, ...decision.result };
      this.done.set(key, result);
      return { ok: true, data: result };
    }
    // Nothing was saved; the client sends the same command again.
    return fail("busy");
  }

  private number(events: DomainEvent[], at: number, actor: string, commandId: string, resultId: string | null): StoredEvent[] {
    return events.map((event, i) => ({ seq: this.current.seq + 1 + i, at, actor, commandId, resultId, event }));
  }

  /** Folds the events appended by others since; `false` if the log is gone (the workshop was deleted). */
  private async catchUp(): Promise<boolean> {
    // The last event this room knows is read again: if it is missing, the log was deleted.
    const seq = this.current.seq;
    const events = await this.deps.store.load(this.code, seq - 1);
    if (events[0]?.seq !== seq) return false;
    // The writer that won has already told its own audiences; we only need to know.
    this.commit(events.slice(1), false);
    return true;
  }

  private commit(events: StoredEvent[], publish: boolean): void {
    const copies = events.map((e) => {
      this.current = owning(() => apply(this.current, e), this.own);
      return deliveries(e, this.current);
    });
    this.keep(events, copies, publish);
  }

  /** Keeps saved events, now in the state, for resuming and retries, and hands their copies on to be sent. */
  private keep(events: StoredEvent[], copies: Delivery[][], publish: boolean): void {
    events.forEach((e, i) => {
      this.history.add(copies[i]!);
      this.remember(e);
    });
    const batch = copies.flat();
    if (publish && batch.length > 0) this.deps.publish(this.code, batch);
  }

  /** Rebuilds a command's answer from its events: the id it named, the seq of its last event. */
  private remember(e: StoredEvent): void {
    if (!e.commandId) return;
    this.done.set(`${e.actor}:${e.commandId}`, { seq: e.seq, ...(e.resultId ? { id: e.resultId } : {}) });
  }
}

/** Nothing was saved: the client sends the command again, with the same id. */
function fail(reason: "restarting" | "notSaved" | "busy"): Ack<CommandAck> {
  return { ok: false, error: serviceError("unavailable", reason) };
}

function gone(): Ack<CommandAck> {
  return { ok: false, error: serviceError("not_found", "deleted") };
}
