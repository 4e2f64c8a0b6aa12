import { authorName, teamName, type Card, type WorkshopState } from "@/lib/domain";

export const COLUMN_LABELS: Record<string, { one: string; many: string }> = {
  strengths: { one: "Strength", many: "Strengths" },
  challenges: { one: "Challenge", many: "Challenges" },
};

/** Whose view a perspective card is: a team's own, or another team's "in their shoes". */
export function origin(state: WorkshopState, card: Card): string {
  return card.teamId === card.aboutTeamId ? "own view" : `as seen by ${teamName(state, card.teamId)}`;
}

/** The byline of a perspective card: who wrote it and from which side. */
export function byline(state: WorkshopState, card: Card): { author: string; team: string } {
  return { author: authorName(state, card.authorId), team: origin(state, card) };
}
