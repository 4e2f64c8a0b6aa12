import { actorKey, apply, decide, deliveries, owning, type Actor, type Command, type Delivery, type StoredEvent, type WorkshopState } from "@/lib/domain";
import type { Ack, CommandAck } from "@/lib/protocol";

/** A command waiting for its room's next turn. */
export interface Waiting {
  commandId: string;
  command: Command;
  actor: Actor;
}

/** What a turn's commands come to, before anything of it is saved. */
export interface Turn {
  /** The state once every event of the turn is applied. */
  state: WorkshopState;
  /** The turn's events, numbered on from the room's state, to save in one append. */
  events: StoredEvent[];
  /** Each event's copies by audience, as `deliveries` makes them, in the order of `events`. */
  copies: Delivery[][];
  /** Each command's answer, in the order the commands came; valid once `events` are saved. */
  answers: Ack<CommandAck>[];
  /** Records `state` holds that the turn copied: the room may write them in place once it adopts `state`. */
  copied: object[];
}

/**
 * Decides a turn's commands one after another, each on the state the ones before it left, as
 * the room would one at a time, without touching the room's state: the first time an event
 * changes one of its records (the cards, the people), the record is copied, and the turn writes
 * its copy in place after that. Nothing here is saved, answered or sent; if saving fails, the
 * room drops the turn and its state is as it was.
 *
 * `done`: answers the room already gave, by actor and command id, so a retry is answered again
 * rather than carried out twice (a retry within the same turn too).
 */
export function planTurn(current: WorkshopState, commands: readonly Waiting[], done: ReadonlyMap<string, CommandAck>, now: () => number): Turn {
  const ours = new WeakSet<object>();
  const copied: object[] = [];
  const own = {
    has: (record: object) => ours.has(record),
    add: (record: object) => {
      ours.add(record);
      copied.push(record);
    },
  };
  const turn: Turn = { state: current, events: [], copies: [], answers: [], copied };
  const planned = new Map<string, CommandAck>();
  for (const { commandId, command, actor } of commands) {
    const key = `${actorKey(actor)}:${commandId}`;
    const known = done.get(key) ?? planned.get(key);
    if (known) {
      turn.answers.push({ ok: true, data: known });
      continue;
    }
    const at = now();
    const decision = decide(turn.state, command, { actor, now: at });
    if (!decision.ok) {
      turn.answers.push({ ok: false, error: decision.error });
      continue;
    }
    for (const event of decision.events) {
      const stored: StoredEvent = { seq: turn.state.seq + 1, at, actor: actorKey(actor), commandId, resultId: decision.result.id ?? null, event };
      turn.state = owning(() => apply(turn.state, stored), own);
      turn.events.push(stored);
      turn.copies.push(deliveries(stored, turn.state));
    }
    const result = { seq: turn.state.seq, ...decision.result };
    planned.set(key, result);
    turn.answers.push({ ok: true, data: result });
  }
  return turn;
}
