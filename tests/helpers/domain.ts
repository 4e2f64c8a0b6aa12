import { expect } from "vitest";
import {
  apply,
  createWorkshop,
  decide,
  type Actor,
  CommandSchema,
  type CommandInput,
  type Decision,
  type DomainError,
  type Card,
  type DomainEvent,
  type Phase,
  type PhaseOf,
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

export const TEAMS = [
  { id: "t1", name: "Sales" },
  { id: "t2", name: "IT" },
  { id: "t3", name: "Finance" },
];

/** A card of phase "changes" by p2 of Sales, as a state holds it, with `more` over it. */
export const aCard = (id: string, seq: number, more: Partial<Card> = {}): Card => ({
  id,
  phaseId: "changes",
  authorId: "p2",
  teamId: "t1",
  text: id,
  column: null,
  aboutTeamId: null,
  groupId: null,
  anonymous: false,
  createdAt: T0,
  editedAt: null,
  hidden: false,
  mergedInto: null,
  seq,
  ...more,
});

/** The first event of the test workshop (teams t1 Sales, t2 IT, t3 Finance) at seq 1. */
export function createdEvent(): SeqEvent {
  return {
    seq: 1,
    at: T0,
    event: createWorkshop(
      { title: "Test day", teams: TEAMS.map((t) => t.name) },
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

/** The server's state of a workshop with an agenda of the test's own (and the test teams). */
export function customWorkshop(agenda: Phase[], teams = TEAMS): WorkshopState {
  return apply(null, {
    seq: 1,
    at: T0,
    event: { type: "workshop.created", code: CODE, title: "Custom day", teams, agenda, facilitatorTokenHash: FACILITATOR_HASH },
  });
}

const phaseBase = (id: string, title: string) => ({ id, title, prompt: "", timeboxMinutes: null });

export const lobbyPhase = (id = "lobby"): PhaseOf<"lobby"> => ({ ...phaseBase(id, "Welcome"), kind: "lobby", options: {} });

export function cardsPhase(id: string, options: Partial<PhaseOf<"cards">["options"]> = {}): PhaseOf<"cards"> {
  return { ...phaseBase(id, `Cards ${id}`), kind: "cards", options: { columns: [], private: false, anonymous: false, ...options } };
}

export function perspectivePhase(id: string, options: Partial<PhaseOf<"perspective">["options"]> = {}): PhaseOf<"perspective"> {
  return { ...phaseBase(id, `Shoes ${id}`), kind: "perspective", options: { private: false, anonymous: false, ...options } };
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

/** Like `outcome`, but a refusal also gives its message: what the person is told. */
export function verdict(decision: Decision): { events: string[]; id?: string } | { error: string; message: string } {
  if (!decision.ok) return { error: decision.error.code, message: decision.error.message };
  const { id } = decision.result;
  const events = decision.events.map((e) => e.type);
  return id === undefined ? { events } : { events, id };
}

/** Expected verdicts for tables: accepted with these events (and result id)… */
export const yes = (events: string[], id?: string) => (id === undefined ? { events } : { events, id });
/** …or refused with this code and a message that says why. */
export const no = (error: string, says: RegExp) => ({ error, message: expect.stringMatching(says) as unknown as string });

/** One row of a table of decisions: in this state, this actor's command gets this verdict. */
export interface DecideCase {
  name: string;
  state: () => WorkshopState;
  command: CommandInput;
  actor: Actor;
  expected: ReturnType<typeof yes> | ReturnType<typeof no>;
}

/** Why a command was refused (code and the message a person reads); throws if it was accepted. */
export function refusal(decision: Decision): DomainError {
  if (decision.ok) throw new Error(`expected a refusal, got ${decision.events.map((e) => e.type).join(", ") || "no events"}`);
  return decision.error;
}

/** A guest (token n) joins; returns the state and the new participant's id. */
export function join(state: WorkshopState, name: string, teamId: string, n: number): { state: WorkshopState; id: string } {
  return must(state, { type: "participant.join", name, teamId }, guest(n));
}

/** The facilitator moves the room to a phase. */
export const goto = (state: WorkshopState, phaseId: string, now = T0): WorkshopState =>
  must(state, { type: "phase.goto", phaseId }, facilitator, now).state;

export type Step = [command: CommandInput, actor: Actor, now?: number];

/** One stored event with the server's state right after it: what `deliveries` is given. */
export interface Logged {
  stored: SeqEvent;
  stateAfter: WorkshopState;
}

/** Plays commands through decide+apply; every one must succeed. Keeps each event with its state. */
export function play(from: WorkshopState, steps: readonly Step[]): { state: WorkshopState; log: Logged[] } {
  let state = from;
  const log: Logged[] = [];
  for (const [command, actor, now] of steps) {
    const r = run(state, command, actor, now ?? T0 + 1000 * (state.seq + 1));
    if (!r.decision.ok) throw new Error(`${command.type} failed: ${r.decision.error.code} ${r.decision.error.message}`);
    for (const stored of r.log) {
      state = apply(state, stored);
      log.push({ stored, stateAfter: state });
    }
  }
  return { state, log };
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
