import type { Appliers } from "../../feature";
import type { Belief, BeliefVote, WorkshopState } from "../../model";

type BeliefEvent = "belief.added" | "belief.replied" | "belief.voted" | "belief.hidden" | "belief.withdrawn" | "belief.unhidden";

/** Changes one belief if this copy of the state holds it (an audience may never have seen it). */
function patchBelief(state: WorkshopState, beliefId: string, patch: (b: Belief) => Partial<Belief>): WorkshopState {
  const belief = state.beliefs[beliefId];
  if (!belief) return state;
  return { ...state, beliefs: { ...state.beliefs, [beliefId]: { ...belief, ...patch(belief) } } };
}

/**
 * Adds a vote to its team's tally and takes the vote it replaces from the team that counted it;
 * never below zero, whatever order a copy receives things in.
 */
function tallied(state: WorkshopState, beliefId: string, teamId: string, vote: BeliefVote, previous: BeliefVote | null, previousTeamId: string): WorkshopState {
  const byTeam = { ...state.beliefTallies[beliefId] };
  if (previous) {
    const before = { agree: 0, partly: 0, disagree: 0, ...byTeam[previousTeamId] };
    byTeam[previousTeamId] = { ...before, [previous]: Math.max(0, before[previous] - 1) };
  }
  const counts = { agree: 0, partly: 0, disagree: 0, ...byTeam[teamId] };
  byTeam[teamId] = { ...counts, [vote]: counts[vote] + 1 };
  return { ...state, beliefTallies: { ...state.beliefTallies, [beliefId]: byTeam } };
}

export const beliefAppliers: Appliers<BeliefEvent> = {
  "belief.added": (state, e, { seq }) => ({
    ...state,
    beliefs: {
      ...state.beliefs,
      [e.beliefId]: {
        id: e.beliefId,
        phaseId: e.phaseId,
        authorId: e.authorId,
        aboutTeamId: e.aboutTeamId,
        cause: e.cause,
        text: e.text,
        replies: [],
        hidden: false,
        seq,
      },
    },
  }),
  "belief.replied": (state, e, { at }) =>
    patchBelief(state, e.beliefId, (b) => ({
      replies: [...b.replies, { id: e.replyId, authorId: e.authorId, teamId: e.teamId, text: e.text, at }],
    })),
  "belief.voted"(state, e) {
    // Everyone's copy moves the tallies; only the server's and the voter's know whose ballot it is.
    // The others still get the belief's (empty) entry, as `viewFor` gives them.
    const ballots = state.beliefBallots[e.beliefId] ?? {};
    const next = e.participantId === null ? ballots : { ...ballots, [e.participantId]: { value: e.vote, teamId: e.teamId } };
    const withBallot = { ...state, beliefBallots: { ...state.beliefBallots, [e.beliefId]: next } };
    return tallied(withBallot, e.beliefId, e.teamId, e.vote, e.previous, e.previousTeamId ?? e.teamId);
  },
  "belief.hidden": (state, e) => patchBelief(state, e.beliefId, () => ({ hidden: true })),
  "belief.withdrawn"(state, e) {
    const { [e.beliefId]: _gone, ...beliefs } = state.beliefs;
    return { ...state, beliefs };
  },
  "belief.unhidden"(state, e) {
    // Audiences that did not hold the belief while it was hidden receive it with the unhide.
    if (e.belief && !state.beliefs[e.beliefId]) return { ...state, beliefs: { ...state.beliefs, [e.beliefId]: { ...e.belief, hidden: false } } };
    return patchBelief(state, e.beliefId, () => ({ hidden: false }));
  },
};
