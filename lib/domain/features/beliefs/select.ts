import type { Belief, Participant, WorkshopState } from "../../model";

/**
 * The beliefs of a phase this copy of the workshop holds, in the order they were posted. Only a
 * moderator's copy may hold hidden ones worth showing: a phone that saw a belief before it was
 * hidden keeps it marked hidden, and must not show it.
 */
export function beliefsOf(state: WorkshopState, phaseId: string, withHidden = false): Belief[] {
  return Object.values(state.beliefs)
    .filter((b) => b.phaseId === phaseId && (withHidden || !b.hidden))
    .sort((a, b) => a.seq - b.seq);
}

/**
 * Who may say what is really behind a belief: a member of the team it is about. A belief about
 * everyone is about every team, so anyone may answer it (for their own team).
 */
export function mayReply(belief: Belief, participant: Pick<Participant, "teamId">): boolean {
  return belief.aboutTeamId === null || belief.aboutTeamId === participant.teamId;
}
