import type { Actor } from "./actor";
import { reject, type Decision } from "./decision";
import { controlOf } from "./feature";
import type { Participant, WorkshopState } from "./model";
import type { PhaseKind, PhaseOf } from "./phases";
import { phaseIndex } from "./selectors";

/** The checks most commands share, each answering with the reason a person would need. */

export function isDecision(value: unknown): value is Decision {
  return typeof value === "object" && value !== null && "ok" in value;
}

export function onlyFacilitator(actor: Actor): Decision | null {
  return actor.role === "facilitator" ? null : reject("forbidden", "facilitatorOnly");
}

export function notEnded(state: WorkshopState): Decision | null {
  return state.endedAt === null ? null : reject("closed", "ended");
}

/** The participant behind an actor, still in the workshop. */
export function activeParticipant(state: WorkshopState, actor: Actor): Participant | Decision {
  const id = actor.role === "participant" ? actor.participantId : null;
  // Own keys only: an id such as "__proto__" would otherwise find Object's prototype, a "participant"
  // without an id whose events the log could not read back.
  const participant = id && Object.hasOwn(state.participants, id) ? state.participants[id] : undefined;
  if (!participant) return reject("forbidden", "joinFirst");
  if (participant.removed) return reject("forbidden", "removed");
  return participant;
}

/**
 * A phase that takes input now: of the right kind, reached by the room (input written offline
 * still lands in the phase it was written for), not locked, workshop not ended.
 */
export function openPhase<K extends PhaseKind>(
  state: WorkshopState,
  phaseId: string,
  kinds: readonly K[],
): PhaseOf<K> | Decision {
  const ended = notEnded(state);
  if (ended) return ended;
  const phase = state.agenda.find((p) => p.id === phaseId);
  if (!phase || !(kinds as readonly string[]).includes(phase.kind)) {
    return reject("not_found", "wrongPhaseKind");
  }
  if (phaseIndex(state, phase.id) > phaseIndex(state, state.currentPhaseId)) {
    return reject("closed", "notStarted");
  }
  if (controlOf(state, phase.id).locked) return reject("closed", "locked");
  return phase as PhaseOf<K>;
}

/** A participant writing into a phase: both checks at once. */
export function participantIn<K extends PhaseKind>(
  state: WorkshopState,
  actor: Actor,
  phaseId: string,
  kinds: readonly K[],
): { participant: Participant; phase: PhaseOf<K> } | Decision {
  const participant = activeParticipant(state, actor);
  if (isDecision(participant)) return participant;
  const phase = openPhase(state, phaseId, kinds);
  if (isDecision(phase)) return phase;
  return { participant, phase };
}
