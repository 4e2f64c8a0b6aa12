import type { Phase, WorkshopState } from "../../model";
import type { CatchUp, CatchUpParticipant } from "./model";
import { CATCHUP_KINDS, type CatchUpKind } from "./schemas";

export type CatchUpPhase = Extract<Phase, { kind: CatchUpKind }>;

export const isCatchUpPhase = (phase: Phase): phase is CatchUpPhase => (CATCHUP_KINDS as readonly string[]).includes(phase.kind);

/** The kept phases in the agenda's order (the room's order, whatever order they were named in). */
export function stepsOf(state: WorkshopState, catchUp: Pick<CatchUp, "phaseIds">): CatchUpPhase[] {
  return state.agenda.filter((p): p is CatchUpPhase => isCatchUpPhase(p) && catchUp.phaseIds.includes(p.id));
}

/** The first step not yet submitted, or `null` when they are through. */
export function nextStep(state: WorkshopState, catchUp: CatchUp, who: CatchUpParticipant): CatchUpPhase | null {
  return stepsOf(state, catchUp).find((p) => !who.steps[p.id]) ?? null;
}

/** Whether the catch-up takes input at `now`: opened, not closed, deadline not passed. */
export function isOpen(catchUp: CatchUp | undefined, now: number): catchUp is CatchUp {
  return !!catchUp && catchUp.closedAt === null && now <= catchUp.deadline;
}

/**
 * The team a newcomer writes as: another team, the one the fewest catch-up colleagues write as
 * so far (ties go to the team after their own), so every team is seen by someone.
 */
export function writesAs(state: WorkshopState, catchUp: CatchUp, teamId: string): string | null {
  const own = state.teams.findIndex((t) => t.id === teamId);
  const others = [...state.teams.slice(own + 1), ...state.teams.slice(0, Math.max(own, 0))].filter((t) => t.id !== teamId);
  const writers = (id: string) => Object.values(catchUp.participants).filter((p) => p.writesAsTeamId === id).length;
  return others.reduce<string | null>((best, t) => (best === null || writers(t.id) < writers(best) ? t.id : best), null);
}
