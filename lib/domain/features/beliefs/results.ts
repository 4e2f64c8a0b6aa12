import type { BeliefVote, Team, WorkshopState } from "../../model";

export const BELIEF_VOTES: readonly BeliefVote[] = ["agree", "partly", "disagree"];

export type VoteCounts = Record<BeliefVote, number>;

export interface TeamVotes {
  team: Team;
  counts: VoteCounts;
  /** How many of this team voted. */
  voters: number;
}

export interface BeliefResults {
  totals: VoteCounts;
  voters: number;
  /** Only teams with at least one vote, in the workshop's team order. */
  byTeam: TeamVotes[];
}

const none = (): VoteCounts => ({ agree: 0, partly: 0, disagree: 0 });
const sum = (c: VoteCounts) => c.agree + c.partly + c.disagree;

/**
 * How a belief was voted, split by the voters' teams: the question the room asks is whether a
 * belief about IT is held by Sales only, or by IT as well.
 */
export function beliefResults(state: WorkshopState, beliefId: string): BeliefResults {
  const tallies = state.beliefTallies[beliefId] ?? {};
  const totals = none();
  const byTeam: TeamVotes[] = [];
  for (const team of state.teams) {
    const raw = tallies[team.id];
    if (!raw) continue;
    const counts = { agree: Math.max(0, raw.agree ?? 0), partly: Math.max(0, raw.partly ?? 0), disagree: Math.max(0, raw.disagree ?? 0) };
    const voters = sum(counts);
    if (voters === 0) continue;
    for (const vote of BELIEF_VOTES) totals[vote] += counts[vote];
    byTeam.push({ team, counts, voters });
  }
  return { totals, voters: sum(totals), byTeam };
}
