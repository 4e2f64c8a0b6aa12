import type { Actor } from "../../actor";
import { accept, nextId, reject, type Decision } from "../../decision";
import type { Deciders } from "../../feature";
import { onlyFacilitator } from "../../guards";
import type { WorkshopState } from "../../model";
import type { CatchUp, CatchUpParticipant } from "./model";
import { CATCHUP_LIMITS, type StepInput } from "./schemas";
import { isCatchUpPhase, isOpen, nextStep, stepsOf, writesAs, type CatchUpPhase } from "./steps";

type CatchUpCommand = "catchup.open" | "catchup.extend" | "catchup.close" | "catchup.addInvite" | "catchup.join" | "catchup.submit";


function openCatchUp(state: WorkshopState, now: number): CatchUp | Decision {
  if (!state.catchup) return reject("not_found", "noCatchUp");
  if (!isOpen(state.catchup, now)) return reject("closed", "catchUpClosed");
  return state.catchup;
}

const isDecision = (x: unknown): x is Decision => typeof x === "object" && x !== null && "ok" in x;

function catchUpParticipant(state: WorkshopState, actor: Actor): CatchUpParticipant | Decision {
  const id = actor.role === "catchup" ? actor.participantId : null;
  const people = state.catchup?.participants;
  // Own keys only, as in activeParticipant (guards.ts).
  const who = id && people && Object.hasOwn(people, id) ? people[id] : undefined;
  return who ?? reject("forbidden", "openCatchUpLink");
}

/** Whether what was sent fits the step: its kind, and only things the step is about. */
function checkInput(state: WorkshopState, phase: CatchUpPhase, input: StepInput): Decision | null {
  if (input.kind !== phase.kind) return reject("invalid_input", "stepInput", { kind: phase.kind });
  if (input.kind === "pulse" && phase.kind === "pulse") {
    const ids = phase.options.questions.map((q) => q.id);
    const given = Object.keys(input.answers);
    if (given.length !== ids.length || !ids.every((id) => given.includes(id))) return reject("invalid_input", "answerEvery");
  }
  if (input.kind === "beliefs") {
    const unknown = Object.keys(input.votes).find((id) => state.beliefs[id]?.hidden !== false);
    if (unknown) return reject("not_found", "beliefGone");
    const about = input.belief?.aboutTeamId;
    if (about && !state.teams.some((t) => t.id === about)) return reject("not_found", "teamMissing");
  }
  if (input.kind === "agreements" && Object.keys(input.responses).some((id) => !state.agreements[id])) {
    return reject("not_found", "agreementGone");
  }
  return null;
}

/**
 * The catch-up runs after the day, so the workshop's end does not close it: its own deadline
 * does. Steps are taken in the room's order, each once — which is also what keeps writing
 * before the mirror.
 */
export const catchUpDeciders: Deciders<CatchUpCommand> = {
  "catchup.open"(state, { deadline, phaseIds }, { actor, now }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    if (state.catchup) return reject("conflict", "catchUpAlreadyOpen");
    if (deadline <= now) return reject("invalid_input", "deadlinePast");
    const kept = state.agenda.filter((p) => isCatchUpPhase(p) && (!phaseIds || phaseIds.includes(p.id))).map((p) => p.id);
    if (phaseIds?.some((id) => !kept.includes(id))) return reject("invalid_input", "catchUpPhaseKinds");
    if (kept.length === 0) return reject("invalid_input", "catchUpNoPhases");
    return accept([{ type: "catchup.opened", deadline, phaseIds: kept }]);
  },

  "catchup.extend"(state, { deadline }, { actor, now }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    if (!state.catchup) return reject("not_found", "noCatchUp");
    if (deadline <= now) return reject("invalid_input", "deadlinePast");
    return accept([{ type: "catchup.extended", deadline }]);
  },

  "catchup.close"(state, _command, { actor, now }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    if (!state.catchup) return reject("not_found", "noCatchUp");
    if (!isOpen(state.catchup, now)) return accept([]);
    return accept([{ type: "catchup.closed" }]);
  },

  "catchup.addInvite"(state, { teamId, tokenHash }, { actor }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    if (!state.catchup) return reject("not_found", "openCatchUpFirst");
    if (!state.teams.some((t) => t.id === teamId)) return reject("not_found", "teamMissing");
    if (state.catchup.invites[tokenHash]) return accept([]);
    const perTeam = Object.values(state.catchup.invites).filter((t) => t === teamId).length;
    if (perTeam >= CATCHUP_LIMITS.invitesPerTeam) return reject("closed", "tooManyCatchUpLinks", { max: CATCHUP_LIMITS.invitesPerTeam });
    return accept([{ type: "catchup.inviteAdded", teamId, tokenHash }]);
  },

  "catchup.join"(state, { name, tokenHash }, { actor, now }) {
    if (actor.role !== "catchup" || actor.participantId !== null) return reject("forbidden", "joinThroughLink");
    const catchUp = openCatchUp(state, now);
    if (isDecision(catchUp)) return catchUp;
    const known = catchUp.tokens[tokenHash];
    if (known) return accept([], { id: known });
    if (Object.keys(catchUp.participants).length >= CATCHUP_LIMITS.participants) return reject("closed", "catchUpFull");
    const participantId = nextId(state, "c");
    const writesAsTeamId = writesAs(state, catchUp, actor.teamId);
    return accept([{ type: "catchup.joined", participantId, name, teamId: actor.teamId, writesAsTeamId, tokenHash }], { id: participantId });
  },

  "catchup.submit"(state, { phaseId, input }, { actor, now }) {
    const who = catchUpParticipant(state, actor);
    if (isDecision(who)) return who;
    const catchUp = openCatchUp(state, now);
    if (isDecision(catchUp)) return catchUp;
    const phase = stepsOf(state, catchUp).find((p) => p.id === phaseId);
    if (!phase) return reject("not_found", "stepMissing");
    if (who.steps[phaseId]) return reject("conflict", "stepSent");
    if (nextStep(state, catchUp, who)?.id !== phaseId) return reject("closed", "stepsInOrder");
    const wrong = checkInput(state, phase, input);
    if (wrong) return wrong;
    return accept([{ type: "catchup.submitted", participantId: who.id, phaseId, input }], { id: phaseId });
  },
};
