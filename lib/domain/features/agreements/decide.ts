import { accept, nextId, reject, type Decision } from "../../decision";
import type { Deciders } from "../../feature";
import { activeParticipant, isDecision, notEnded, onlyFacilitator, openPhase } from "../../guards";
import type { Agreement, WorkshopState } from "../../model";
import type { PhaseOf } from "../../phases";
import { phaseIndex } from "../../selectors";
import { sameFields } from "./fields";
import type { AgreementFields } from "./schemas";

type AgreementCommand = "agreement.create" | "agreement.update" | "agreement.delete" | "agreement.endorse";
type AgreementPhase = PhaseOf<"agreements" | "carry-over">;

const KINDS = ["agreements", "carry-over"] as const;

/**
 * Where the facilitator may write agreements: a phase of the right kind that the room has reached,
 * before the end. Unlike `openPhase` it ignores the lock: a lock stops the phones (endorsements),
 * not the facilitator fixing a typo in front of the room.
 */
function writablePhase(state: WorkshopState, phaseId: string): AgreementPhase | Decision {
  const ended = notEnded(state);
  if (ended) return ended;
  const phase = state.agenda.find((p) => p.id === phaseId);
  if (!phase || (phase.kind !== "agreements" && phase.kind !== "carry-over")) {
    return reject("not_found", "noAgreementsHere");
  }
  if (phaseIndex(state, phase.id) > phaseIndex(state, state.currentPhaseId)) {
    return reject("closed", "notStarted");
  }
  return phase;
}

/** What the schema cannot know: the teams named must be teams of this workshop. */
function knownTeams(state: WorkshopState, fields: AgreementFields): Decision | null {
  const known = (id: string) => state.teams.some((t) => t.id === id);
  if (!known(fields.ownerTeamId)) return reject("not_found", "ownerTeamMissing");
  if (fields.buddyTeamId !== null && !known(fields.buddyTeamId)) {
    return reject("not_found", "buddyTeamMissing");
  }
  return null;
}

/** An agreement made from a top idea names an idea of the brainstorm the phase draws on. */
function sourceIdea(state: WorkshopState, phase: AgreementPhase, cardId: string | null): Decision | null {
  if (cardId === null) return null;
  const source = phase.kind === "agreements" ? phase.options.sourcePhaseId : null;
  if (source === null) return reject("invalid_input", "noBrainstormSource");
  const card = state.cards[cardId];
  if (!card || card.phaseId !== source || card.hidden) {
    return reject("not_found", "ideaNotInBrainstorm");
  }
  if (card.mergedInto) return reject("invalid_input", "ideaMerged");
  return null;
}

function existing(state: WorkshopState, agreementId: string): Agreement | Decision {
  return state.agreements[agreementId] ?? reject("not_found", "agreementGone");
}

/** The facilitator writes agreements; participants endorse them. */
export const agreementDeciders: Deciders<AgreementCommand> = {
  "agreement.create"(state, { phaseId, fromCardId, fields }, { actor }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    const phase = writablePhase(state, phaseId);
    if (isDecision(phase)) return phase;
    const invalid = knownTeams(state, fields) ?? sourceIdea(state, phase, fromCardId);
    if (invalid) return invalid;
    const agreementId = nextId(state, "a");
    const kind = phase.kind === "carry-over" ? "carry-over" : "agreement";
    return accept([{ type: "agreement.created", agreementId, phaseId: phase.id, kind, fromCardId, fields }], { id: agreementId });
  },

  "agreement.update"(state, { agreementId, fields }, { actor }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    const agreement = existing(state, agreementId);
    if (isDecision(agreement)) return agreement;
    const phase = writablePhase(state, agreement.phaseId);
    if (isDecision(phase)) return phase;
    const invalid = knownTeams(state, fields);
    if (invalid) return invalid;
    if (sameFields(agreement, fields)) return accept([], { id: agreement.id });
    return accept([{ type: "agreement.updated", agreementId: agreement.id, fields }], { id: agreement.id });
  },

  "agreement.delete"(state, { agreementId }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const agreement = existing(state, agreementId);
    if (isDecision(agreement)) return agreement;
    // The screen must not keep showing what no longer exists.
    const spotlit = state.spotlight?.kind === "agreement" && state.spotlight.id === agreement.id;
    return accept(
      [{ type: "agreement.deleted", agreementId: agreement.id }, ...(spotlit ? [{ type: "spotlight.changed" as const, ref: null }] : [])],
      { id: agreement.id },
    );
  },

  "agreement.endorse"(state, { agreementId, endorsed }, { actor }) {
    const participant = activeParticipant(state, actor);
    if (isDecision(participant)) return participant;
    const agreement = existing(state, agreementId);
    if (isDecision(agreement)) return agreement;
    const phase = openPhase(state, agreement.phaseId, KINDS);
    if (isDecision(phase)) return phase;
    // A double tap or a retry after a reconnect changes nothing.
    if (agreement.endorsedBy.includes(participant.id) === endorsed) return accept([], { id: agreement.id });
    return accept([{ type: "agreement.endorsed", agreementId: agreement.id, participantId: participant.id, endorsed }], {
      id: agreement.id,
    });
  },
};
