import type { Actor } from "./actor";
import type { DomainError } from "./errors";
import { domainError } from "./errors";
import type { DomainEvent } from "./events";
import type { WorkshopState } from "./model";

/** What `decide` is given besides the state: who asks, and the time (the domain has no clock). */
export interface DecideContext {
  actor: Actor;
  now: number;
}

export type Decision =
  | { ok: true; events: DomainEvent[]; result: CommandResult }
  | { ok: false; error: DomainError };

/** What the asker learns besides "done": the id of what was made, if anything. */
export interface CommandResult {
  id?: string;
}

export function accept(events: DomainEvent[], result: CommandResult = {}): Decision {
  return { ok: true, events, result };
}

export function reject(...args: Parameters<typeof domainError>): Decision {
  return { ok: false, error: domainError(...args) };
}

/**
 * Ids come from the sequence number the new event will get: deterministic (a replay makes the
 * same ids) and unique per workshop, since the store refuses a second event at one number.
 */
export function nextId(state: WorkshopState, prefix: string, offset = 0): string {
  return `${prefix}${state.seq + 1 + offset}`;
}

export function participantOf(actor: Actor): string | null {
  return actor.role === "participant" ? actor.participantId : null;
}
