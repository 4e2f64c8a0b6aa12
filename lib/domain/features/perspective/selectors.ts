import { controlOf } from "../../feature";
import type { Card, ReactionKind, Team, WorkshopState } from "../../model";
import type { PhaseOf } from "../../phases";
import { cardsOf } from "../../selectors";
import { isPrivateNow } from "../cards/visibility";

/**
 * Read-only questions about perspective cards, for the perspective, mirror and strengths views.
 * They work on whatever copy of the state they are given: a phone's copy simply holds fewer cards.
 */

export type PerspectiveColumn = "strengths" | "challenges";

/** One side of a team's mirror: its cards by column. */
export interface Side {
  strengths: Card[];
  challenges: Card[];
}

export interface TeamMirror {
  team: Team;
  /** Written about the team by people of other teams, "in their shoes". */
  others: Side;
  /** Written by the team about itself. */
  self: Side;
}

function side(cards: readonly Card[]): Side {
  return {
    strengths: cards.filter((c) => c.column === "strengths"),
    challenges: cards.filter((c) => c.column === "challenges"),
  };
}

/** The cards of a perspective phase the room may look at together: hidden ones left out. */
function shownCards(state: WorkshopState, phaseId: string): Card[] {
  return cardsOf(state, phaseId).filter((c) => !c.hidden && c.aboutTeamId !== null);
}

/** Per team (agenda order): how the others see it beside how it sees itself. */
export function mirrors(state: WorkshopState, sourcePhaseId: string): TeamMirror[] {
  const cards = shownCards(state, sourcePhaseId);
  return state.teams.map((team) => {
    const about = cards.filter((c) => c.aboutTeamId === team.id);
    return {
      team,
      others: side(about.filter((c) => c.teamId !== team.id)),
      self: side(about.filter((c) => c.teamId === team.id)),
    };
  });
}

/** The team the mirror shows now: the facilitator's pick, else the first team. */
export function mirrorTeamId(state: WorkshopState, phase: PhaseOf<"mirror">): string | null {
  const chosen = controlOf(state, phase.id).mirrorTeamId;
  if (chosen && state.teams.some((t) => t.id === chosen)) return chosen;
  return state.teams[0]?.id ?? null;
}

/** The team before and after the one on show, for the facilitator's stepper. */
export function neighbours(state: WorkshopState, teamId: string | null): { previous: Team | null; next: Team | null } {
  const i = state.teams.findIndex((t) => t.id === teamId);
  if (i < 0) return { previous: null, next: state.teams[0] ?? null };
  return { previous: state.teams[i - 1] ?? null, next: state.teams[i + 1] ?? null };
}

export type ReactionCounts = Record<ReactionKind, number>;

export function reactionCounts(state: WorkshopState, cardId: string): ReactionCounts {
  const counts: ReactionCounts = { recognised: 0, surprised: 0 };
  for (const kind of Object.values(state.reactions[cardId] ?? {})) counts[kind] += 1;
  return counts;
}

export function myReaction(state: WorkshopState, cardId: string, participantId: string): ReactionKind | null {
  return state.reactions[cardId]?.[participantId] ?? null;
}

export interface TeamStrengths {
  team: Team;
  /** Others' view and self-view together, in the order they were written. */
  cards: Card[];
}

/** Every strength of a perspective phase, by the team it is about (agenda order). */
export function strengthsWall(state: WorkshopState, sourcePhaseId: string): TeamStrengths[] {
  const strengths = shownCards(state, sourcePhaseId).filter((c) => c.column === "strengths");
  return state.teams.map((team) => ({ team, cards: strengths.filter((c) => c.aboutTeamId === team.id) }));
}

/** Whether a source phase still keeps its cards private: the mirror and the wall need them revealed. */
export function awaitingReveal(state: WorkshopState, sourcePhaseId: string): boolean {
  return isPrivateNow(state, sourcePhaseId);
}

export interface TeamProgress {
  team: Team;
  /** Who writes as this team (from the assignments), still in the room. */
  writers: { id: string; name: string; teamId: string }[];
  /** Cards about this team by others, and by the team itself, in this copy of the state. */
  others: number;
  self: number;
}

/** Per team: who writes as it and how many cards are about it so far. */
export function perspectiveProgress(state: WorkshopState, phaseId: string): TeamProgress[] {
  const assigned = state.assignments[phaseId] ?? {};
  const cards = shownCards(state, phaseId);
  const people = Object.values(state.participants).filter((p) => !p.removed);
  return state.teams.map((team) => {
    const about = cards.filter((c) => c.aboutTeamId === team.id);
    return {
      team,
      writers: people.filter((p) => assigned[p.id] === team.id).map(({ id, name, teamId }) => ({ id, name, teamId })),
      others: about.filter((c) => c.teamId !== team.id).length,
      self: about.filter((c) => c.teamId === team.id).length,
    };
  });
}

/**
 * The team a participant writes as, or `null` when they have none that differs from their own
 * (a workshop with one team, or someone moved to the team they were given).
 */
export function assignedTeamId(state: WorkshopState, phaseId: string, participantId: string, ownTeamId: string): string | null {
  const assigned = state.assignments[phaseId]?.[participantId];
  return assigned && assigned !== ownTeamId ? assigned : null;
}
