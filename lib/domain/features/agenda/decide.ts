import { accept, reject, type Decision } from "../../decision";
import type { Deciders } from "../../feature";
import { notEnded, onlyFacilitator } from "../../guards";
import { LIMITS } from "../../limits";
import type { WorkshopState } from "../../model";
import { PhaseSchema, type Phase } from "../../phases";
import { moved } from "./moved";
import { agendaProblem, referenceOf } from "./rules";

/** The checks every agenda and team edit shares: the facilitator, before the end. */
function mayEdit(state: WorkshopState, actor: Parameters<typeof onlyFacilitator>[0]): Decision | null {
  return onlyFacilitator(actor) ?? notEnded(state);
}

/** Whether people have already put something into a phase (taking it away would lose it). */
export function hasContent(state: WorkshopState, phaseId: string): boolean {
  const inPhase = (items: Record<string, { phaseId: string }>) => Object.values(items).some((i) => i.phaseId === phaseId);
  return (
    inPhase(state.cards) ||
    inPhase(state.beliefs) ||
    inPhase(state.agreements) ||
    Object.keys(state.pulseAnswers[phaseId] ?? {}).length > 0
  );
}

/** A phase parsed with its kind's schema, or the first thing wrong with it. */
function parsePhase(candidate: unknown): Phase | Decision {
  const parsed = PhaseSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return reject("invalid_input", "phaseInvalid", { problem: `${where}${issue?.message ?? "unknown problem"}` });
}

const isPhase = (value: Phase | Decision): value is Phase => "kind" in value;

function checked(agenda: Phase[]): Decision | null {
  const problem = agendaProblem(agenda);
  return problem ? reject("conflict", problem.reason, problem.params) : null;
}

/** A fresh id: from the next sequence number, skipping any id a custom agenda already uses. */
function freshId(state: WorkshopState, prefix: string, taken: (id: string) => boolean): string {
  for (let n = state.seq + 1; ; n++) if (!taken(`${prefix}${n}`)) return `${prefix}${n}`;
}

function nameTaken(state: WorkshopState, name: string, except?: string): boolean {
  const wanted = name.toLocaleLowerCase();
  return state.teams.some((t) => t.id !== except && t.name.toLocaleLowerCase() === wanted);
}

/**
 * Whether a team was ever used: someone joined it (removed people included), or something written,
 * assigned, shown or agreed names it. Such a team stays, so nothing ever points at a missing team.
 */
export function teamInUse(state: WorkshopState, teamId: string): boolean {
  return (
    Object.values(state.participants).some((p) => p.teamId === teamId) ||
    Object.values(state.cards).some((c) => c.teamId === teamId || c.aboutTeamId === teamId) ||
    Object.values(state.beliefs).some((b) => b.aboutTeamId === teamId) ||
    Object.values(state.agreements).some((a) => a.ownerTeamId === teamId || a.buddyTeamId === teamId) ||
    Object.values(state.assignments).some((byPerson) => Object.values(byPerson).includes(teamId)) ||
    Object.values(state.controls).some((c) => c.mirrorTeamId === teamId)
  );
}

export const agendaDeciders: Deciders<
  "agenda.addPhase" | "agenda.removePhase" | "agenda.movePhase" | "agenda.updatePhase" | "team.add" | "team.rename" | "team.remove"
> = {
  "agenda.addPhase"(state, { phase: draft, afterPhaseId }, { actor }) {
    const denied = mayEdit(state, actor);
    if (denied) return denied;
    if (draft.kind === "lobby") return reject("invalid_input", "oneLobby");
    if (state.agenda.length >= LIMITS.phases) return reject("conflict", "tooManyPhases", { max: LIMITS.phases });
    const after = afterPhaseId ?? state.agenda[0]!.id;
    const index = state.agenda.findIndex((p) => p.id === after);
    if (index === -1) return reject("not_found", "afterPhaseMissing");
    const id = freshId(state, "phase-", (candidate) => state.agenda.some((p) => p.id === candidate));
    const phase = parsePhase({ ...draft, id });
    if (!isPhase(phase)) return phase;
    const agenda = [...state.agenda.slice(0, index + 1), phase, ...state.agenda.slice(index + 1)];
    const problem = checked(agenda);
    if (problem) return problem;
    return accept([{ type: "agenda.phaseAdded", phase, afterPhaseId: after }], { id });
  },

  "agenda.removePhase"(state, { phaseId }, { actor }) {
    const denied = mayEdit(state, actor);
    if (denied) return denied;
    const phase = state.agenda.find((p) => p.id === phaseId);
    if (!phase) return reject("not_found", "phaseMissing");
    if (phase.kind === "lobby") return reject("conflict", "lobbyStays");
    if (phase.id === state.currentPhaseId) {
      return reject("conflict", "phaseCurrent");
    }
    if (hasContent(state, phaseId)) {
      return reject("conflict", "phaseHoldsInput", { title: phase.title });
    }
    const user = state.agenda.find((p) => referenceOf(p) === phaseId);
    if (user) return reject("conflict", "phaseInUse", { user: user.title, title: phase.title });
    return accept([{ type: "agenda.phaseRemoved", phaseId }]);
  },

  "agenda.movePhase"(state, { phaseId, toIndex }, { actor }) {
    const denied = mayEdit(state, actor);
    if (denied) return denied;
    const from = state.agenda.findIndex((p) => p.id === phaseId);
    if (from === -1) return reject("not_found", "phaseMissing");
    if (from === 0) return reject("conflict", "lobbyStaysFirst");
    if (toIndex >= state.agenda.length) return reject("invalid_input", "onlyPhases", { count: state.agenda.length });
    if (toIndex === from) return accept([]);
    const problem = checked(moved(state.agenda, phaseId, toIndex));
    if (problem) return problem;
    return accept([{ type: "agenda.phaseMoved", phaseId, toIndex }]);
  },

  "agenda.updatePhase"(state, { phaseId, title, prompt, timeboxMinutes, options }, { actor }) {
    const denied = mayEdit(state, actor);
    if (denied) return denied;
    const current = state.agenda.find((p) => p.id === phaseId);
    if (!current) return reject("not_found", "phaseMissing");
    // Questions, columns or sources changed under what people already gave would not add up.
    if (options !== undefined && hasContent(state, phaseId)) {
      return reject("conflict", "phaseSettingsKept", { title: current.title });
    }
    const phase = parsePhase({
      ...current,
      ...(title !== undefined && { title }),
      ...(prompt !== undefined && { prompt }),
      ...(timeboxMinutes !== undefined && { timeboxMinutes }),
      ...(options !== undefined && { options }),
    });
    if (!isPhase(phase)) return phase;
    const problem = checked(state.agenda.map((p) => (p.id === phaseId ? phase : p)));
    if (problem) return problem;
    return accept([{ type: "agenda.phaseUpdated", phase }]);
  },

  "team.add"(state, { name }, { actor }) {
    const denied = mayEdit(state, actor);
    if (denied) return denied;
    if (state.teams.length >= LIMITS.teams.max) return reject("conflict", "tooManyTeams", { max: LIMITS.teams.max });
    if (nameTaken(state, name)) return reject("conflict", "teamNameTaken", { name });
    // Not "t<n>" like the teams the workshop was made with: once one of those is removed, a new
    // team must not take its id, or a phone that had picked it would join the newcomer instead.
    const id = freshId(state, "team", (candidate) => state.teams.some((t) => t.id === candidate));
    return accept([{ type: "team.added", team: { id, name } }], { id });
  },

  "team.rename"(state, { teamId, name }, { actor }) {
    const denied = mayEdit(state, actor);
    if (denied) return denied;
    const team = state.teams.find((t) => t.id === teamId);
    if (!team) return reject("not_found", "teamMissing");
    if (nameTaken(state, name, teamId)) return reject("conflict", "teamNameTaken", { name });
    if (team.name === name) return accept([]);
    return accept([{ type: "team.renamed", teamId, name }]);
  },

  "team.remove"(state, { teamId }, { actor }) {
    const denied = mayEdit(state, actor);
    if (denied) return denied;
    const team = state.teams.find((t) => t.id === teamId);
    if (!team) return reject("not_found", "teamMissing");
    if (state.teams.length <= LIMITS.teams.min) return reject("conflict", "tooFewTeams", { min: LIMITS.teams.min });
    if (teamInUse(state, teamId)) return reject("conflict", "teamInUse", { name: team.name });
    return accept([{ type: "team.removed", teamId }]);
  },
};
