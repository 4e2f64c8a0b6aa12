import {
  apply,
  createWorkshop,
  decide,
  type Actor,
  CommandSchema,
  type CommandInput,
  type Decision,
  type DomainEvent,
  type SeqEvent,
  type WorkshopState,
} from "@/lib/domain";

/** Small builders for the domain tests: a workshop, actors, and commands run through decide+apply. */

export const T0 = 1_700_000_000_000;
export const CODE = "ABCDEF";
export const FACILITATOR_HASH = "f".repeat(64);
/** A distinct 64-hex-char participant token hash per n. */
export const hash = (n: number): string => n.toString(16).padStart(64, "a");

export const facilitator: Actor = { role: "facilitator" };
export const screen: Actor = { role: "screen" };
export const guest = (n: number): Actor => ({ role: "guest", tokenHash: hash(n) });
export const participant = (participantId: string): Actor => ({ role: "participant", participantId });

/** The first event of the test workshop (teams t1 Sales, t2 IT, t3 Finance) at seq 1. */
export function createdEvent(): SeqEvent {
  return {
    seq: 1,
    at: T0,
    event: createWorkshop(
      { title: "Test day", teams: ["Sales", "IT", "Finance"] },
      { code: CODE, facilitatorTokenHash: FACILITATOR_HASH },
    ),
  };
}

/** Numbers events after the state's seq, one ms apart from `at`. */
export function sequence(state: WorkshopState, events: readonly DomainEvent[], at = T0): SeqEvent[] {
  return events.map((event, i) => ({ seq: state.seq + 1 + i, at: at + i, event }));
}

/** Appends raw events (bypassing decide). */
export function applyAll(state: WorkshopState, events: readonly DomainEvent[], at = T0): WorkshopState {
  return sequence(state, events, at).reduce(apply, state);
}

/** The server's state of a fresh workshop, with any further raw events folded in. */
export function workshop(...events: DomainEvent[]): WorkshopState {
  return applyAll(apply(null, createdEvent()), events);
}

export interface Run {
  state: WorkshopState;
  decision: Decision;
  /** The events the command produced, numbered as the store would. */
  log: SeqEvent[];
}

/**
 * Decides a command (parsed as the server parses it, defaults filled in) and, if accepted, folds
 * its events into the state.
 */
export function run(state: WorkshopState, input: CommandInput, actor: Actor, now = T0): Run {
  const decision = decide(state, CommandSchema.parse(input), { actor, now });
  if (!decision.ok) return { state, decision, log: [] };
  const log = sequence(state, decision.events, now);
  return { state: log.reduce(apply, state), decision, log };
}

/** Like `run`, but the command must succeed; returns the new state and the result id. */
export function must(state: WorkshopState, command: CommandInput, actor: Actor, now = T0): { state: WorkshopState; id: string } {
  const { state: next, decision } = run(state, command, actor, now);
  if (!decision.ok) throw new Error(`${command.type} failed: ${decision.error.code} ${decision.error.message}`);
  return { state: next, id: decision.result.id ?? "" };
}

/** A comparable summary of a decision: event types and result id, or the error code. */
export function outcome(decision: Decision): { events: string[]; id?: string } | { error: string } {
  if (!decision.ok) return { error: decision.error.code };
  const { id } = decision.result;
  return id === undefined
    ? { events: decision.events.map((e) => e.type) }
    : { events: decision.events.map((e) => e.type), id };
}

/**
 * A workshop in full swing, built through decide (seq in brackets):
 * created [1], Alice p2 (Sales, guest 1) [2], Bob p3 (IT, guest 2) [3], phase -> changes [4],
 * Alice's card c5 [5], Bob's card c6 [6], Alice's card c7 [7], c7 hidden [8]. Next id suffix: 9.
 */
export function scene(): WorkshopState {
  let s = workshop();
  s = must(s, { type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)).state;
  s = must(s, { type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)).state;
  s = must(s, { type: "phase.goto", phaseId: "changes" }, facilitator).state;
  s = must(s, { type: "card.add", phaseId: "changes", text: "Alice one" }, participant("p2")).state;
  s = must(s, { type: "card.add", phaseId: "changes", text: "Bob one" }, participant("p3")).state;
  s = must(s, { type: "card.add", phaseId: "changes", text: "Alice rude" }, participant("p2")).state;
  s = must(s, { type: "card.setHidden", cardId: "c7", hidden: true }, facilitator).state;
  return s;
}
