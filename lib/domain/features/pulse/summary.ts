import type { Distribution, Team, WorkshopState } from "../../model";
import type { PhaseOf } from "../../phases";
import { combined, EMPTY_DISTRIBUTION, mean, total } from "./distribution";

/** What a group of people answered to one question. */
export interface Stats {
  distribution: Distribution;
  count: number;
  /** `null` when nobody answered. */
  mean: number | null;
}

/** A check-out against its check-in: the mean before and after, and how far it moved. */
export interface Shift {
  before: number | null;
  after: number | null;
  /** `null` unless both sides have answers. */
  change: number | null;
}

export interface TeamPulse {
  team: Team;
  stats: Stats;
  /** Only on a check-out (a pulse with `pairedWith`). */
  shift: Shift | null;
}

export interface QuestionPulse {
  question: { id: string; text: string };
  overall: Stats;
  teams: TeamPulse[];
  shift: Shift | null;
}

function stats(distribution: Distribution): Stats {
  return { distribution, count: total(distribution), mean: mean(distribution) };
}

function shift(before: Stats, after: Stats): Shift {
  const change = before.mean !== null && after.mean !== null ? after.mean - before.mean : null;
  return { before: before.mean, after: after.mean, change };
}

/** The tallies of one question: per team (agenda order of the teams) and overall. */
function questionStats(state: WorkshopState, phaseId: string, questionId: string) {
  const byTeam = state.pulseTallies[phaseId]?.[questionId] ?? {};
  const teams = state.teams.map((team) => ({ team, stats: stats(byTeam[team.id] ?? EMPTY_DISTRIBUTION) }));
  // Teams no longer in the workshop still count overall: those answers were given.
  return { teams, overall: stats(combined(Object.values(byTeam))) };
}

/**
 * A pulse phase's results, question by question: the distribution and mean per team and overall,
 * and on a check-out the shift of the mean since the check-in it is paired with (a question
 * counts as shared when it has the same id in both).
 */
export function pulseSummary(state: WorkshopState, phase: PhaseOf<"pulse">): QuestionPulse[] {
  const paired = state.agenda.find((p) => p.id === phase.options.pairedWith && p.kind === "pulse");
  return phase.options.questions.map((question) => {
    const now = questionStats(state, phase.id, question.id);
    const shared = paired?.kind === "pulse" && paired.options.questions.some((q) => q.id === question.id);
    const before = shared ? questionStats(state, paired.id, question.id) : null;
    return {
      question,
      overall: now.overall,
      shift: before ? shift(before.overall, now.overall) : null,
      teams: now.teams.map(({ team, stats: after }, i) => ({
        team,
        stats: after,
        shift: before ? shift(before.teams[i]!.stats, after) : null,
      })),
    };
  });
}

/** Active people in the room: who could answer. */
export function activeCount(state: WorkshopState): number {
  return Object.values(state.participants).filter((p) => !p.removed).length;
}
