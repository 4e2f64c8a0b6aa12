import type { Distribution } from "../../model";

/** Counts of the answers 1–5, as kept in the tallies, and the few sums the views need. */

export const EMPTY_DISTRIBUTION: Distribution = [0, 0, 0, 0, 0];

/**
 * A distribution with one answer taken back and one added (`null`: nothing added or taken). Never below zero: a copy that missed
 * the answer it replaces (it cannot happen by the rules, but a tally must not go negative) stays sane.
 */
export function tallied(counts: Distribution | undefined, value: number | null, previous: number | null): Distribution {
  return (counts ?? EMPTY_DISTRIBUTION).map((n, i) => {
    const answer = i + 1;
    return n + (answer === value ? 1 : 0) - (answer === previous && n > 0 ? 1 : 0);
  }) as Distribution;
}

export function total(counts: Distribution): number {
  return counts.reduce((n, c) => n + c, 0);
}

/** The mean answer, or `null` when nobody answered. */
export function mean(counts: Distribution): number | null {
  const n = total(counts);
  return n === 0 ? null : counts.reduce((sum, c, i) => sum + c * (i + 1), 0) / n;
}

export function combined(all: readonly Distribution[]): Distribution {
  return all.reduce<Distribution>((sum, d) => [sum[0] + d[0], sum[1] + d[1], sum[2] + d[2], sum[3] + d[3], sum[4] + d[4]], [
    ...EMPTY_DISTRIBUTION,
  ]);
}
