/** Someone who writes in a perspective phase: who, and from which team. */
export interface Writer {
  id: string;
  teamId: string;
}

/**
 * The running score of an assignment: how many write as each team, and from which home teams.
 * Better means, in this order: more teams written about, more distinct (home team → team) pairs,
 * then loads closer together (a smaller sum of squares).
 */
export class Balance {
  private readonly load = new Map<string, number>();
  /** target → home team → how many of that home team write as the target. */
  private readonly pairs = new Map<string, Map<string, number>>();

  constructor(private readonly teamIds: readonly string[]) {
    for (const t of teamIds) {
      this.load.set(t, 0);
      this.pairs.set(t, new Map());
    }
  }

  add(home: string, target: string, by = 1): void {
    if (!this.load.has(target)) return;
    this.load.set(target, this.loadOf(target) + by);
    const homes = this.pairs.get(target)!;
    homes.set(home, (homes.get(home) ?? 0) + by);
  }

  move(home: string, from: string, to: string): void {
    this.add(home, from, -1);
    this.add(home, to);
  }

  /** The team for a new writer from `home`: unseen by their team first, then the least written-about. */
  best(home: string): string {
    const candidates = this.teamIds.filter((t) => t !== home);
    return candidates.reduce((best, t) => (compare(this.rank(home, t), this.rank(home, best)) < 0 ? t : best));
  }

  /** A team that would be a better place for a writer from `home` now at `from`, if any. */
  betterMove(home: string, from: string): string | null {
    let found: string | null = null;
    let bestGain: Triple = [0, 0, 0];
    for (const to of this.teamIds) {
      if (to === home || to === from) continue;
      const gain = this.moveGain(home, from, to);
      if (compare(gain, bestGain) > 0) {
        found = to;
        bestGain = gain;
      }
    }
    return found;
  }

  /**
   * Whether a chain makes the result better: a writer from `homeP` moves from `a` to `b` and one
   * from `homeQ` moves on from `b` to `c` (what no single move can do: `b` keeps its load).
   */
  chainHelps(homeP: string, a: string, homeQ: string, b: string, c: string): boolean {
    if (a === b || b === c || b === homeP || c === homeQ) return false;
    // Chains are for evenness (moves and swaps see to coverage and variety): `c` must be emptier.
    if (this.loadOf(c) > this.loadOf(a) - 2) return false;
    const first = this.moveGain(homeP, a, b);
    this.move(homeP, a, b);
    const second = this.moveGain(homeQ, b, c);
    this.move(homeP, b, a);
    return compare([first[0] + second[0], first[1] + second[1], first[2] + second[2]], [0, 0, 0]) > 0;
  }

  /** Whether two writers exchanging their teams would see more distinct pairs (loads stay the same). */
  swapHelps(homeP: string, a: string, homeQ: string, b: string): boolean {
    if (a === b || homeP === homeQ || b === homeP || a === homeQ) return false;
    const before = this.distinct(a) + this.distinct(b);
    this.move(homeP, a, b);
    this.move(homeQ, b, a);
    const after = this.distinct(a) + this.distinct(b);
    this.move(homeP, b, a);
    this.move(homeQ, a, b);
    return after > before;
  }

  private rank(home: string, target: string): Triple {
    const seen = (this.pairs.get(target)!.get(home) ?? 0) > 0 ? 1 : 0;
    return [seen, this.loadOf(target), this.teamIds.indexOf(target)];
  }

  private moveGain(home: string, from: string, to: string): Triple {
    const lf = this.loadOf(from);
    const lt = this.loadOf(to);
    const cover = (lt === 0 ? 1 : 0) - (lf === 1 ? 1 : 0);
    const pairs = ((this.pairs.get(to)!.get(home) ?? 0) === 0 ? 1 : 0) - ((this.pairs.get(from)!.get(home) ?? 0) === 1 ? 1 : 0);
    // Change of the sum of squared loads, negated so that a gain is positive.
    const evenness = -(2 * (lt - lf) + 2);
    return [cover, pairs, evenness];
  }

  private distinct(target: string): number {
    return [...this.pairs.get(target)!.values()].filter((n) => n > 0).length;
  }

  private loadOf(target: string): number {
    return this.load.get(target) ?? 0;
  }
}

/** Compared left to right: the first difference decides. */
type Triple = [number, number, number];

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
