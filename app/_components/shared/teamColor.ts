import type { Team } from "@/lib/domain";

/**
 * One accent per team (stripe and dot only: the team's name is always written out too, so colour
 * never carries meaning alone). Dark enough to read against white as a 3:1 graphic.
 */
const ACCENTS = [
  "#0d5963",
  "#a3402a",
  "#5b4bb7",
  "#2f6f2f",
  "#9b2d6d",
  "#8a6200",
  "#1f5fa8",
  "#6b4e2e",
  "#b23a48",
  "#3d6b75",
  "#6a2fa0",
  "#4d5b1f",
] as const;

export function teamColor(teams: readonly Team[], teamId: string): string {
  const index = Math.max(0, teams.findIndex((t) => t.id === teamId));
  return ACCENTS[index % ACCENTS.length] ?? ACCENTS[0];
}
