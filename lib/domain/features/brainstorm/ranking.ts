import type { Card, IdeaGroup, WorkshopState } from "../../model";
import { cardsOf } from "../../selectors";

export interface RankedIdea {
  card: Card;
  dots: number;
}

export interface RankedGroup {
  group: IdeaGroup;
  /** The sum of its ideas' dots. */
  dots: number;
  ideas: RankedIdea[];
}

export interface Ranking {
  ideas: RankedIdea[];
  groups: RankedGroup[];
  /** Ideas in no group, ranked. */
  ungrouped: RankedIdea[];
}

/** The groups of a phase in the order they were made. */
export function groupsOf(state: WorkshopState, phaseId: string): IdeaGroup[] {
  return Object.values(state.groups).filter((g) => g.phaseId === phaseId);
}

/** The ideas a view shows: hidden ones only where asked (the facilitator's board). */
export function ideasOf(state: WorkshopState, phaseId: string, withHidden = false): Card[] {
  return cardsOf(state, phaseId).filter((c) => withHidden || !c.hidden);
}

export interface IdeaColumn {
  group: IdeaGroup | null;
  ideas: Card[];
}

/** Ideas by group in posting order, groups in the order they were made, then those in none. */
export function ideasByGroup(state: WorkshopState, phaseId: string, withHidden = false): IdeaColumn[] {
  const ideas = ideasOf(state, phaseId, withHidden);
  const groups = groupsOf(state, phaseId);
  const known = new Set(groups.map((g) => g.id));
  return [
    ...groups.map((group) => ({ group, ideas: ideas.filter((c) => c.groupId === group.id) })),
    { group: null, ideas: ideas.filter((c) => c.groupId === null || !known.has(c.groupId)) },
  ];
}

const byDots = (a: { dots: number; order: number }, b: { dots: number; order: number }) => b.dots - a.dots || a.order - b.order;

/**
 * The result once the vote is closed: ideas by their dots, a tie going to the idea posted first;
 * groups by the sum of their ideas, a tie going to the group made first. An idea posted after the
 * close has no dots. Empty while the vote is open (the tallies are not in this copy).
 */
export function rankingOf(state: WorkshopState, phaseId: string): Ranking {
  const tally = state.dotTallies[phaseId];
  if (!tally) return { ideas: [], groups: [], ungrouped: [] };
  const rank = (cards: Card[]): RankedIdea[] =>
    cards
      .map((card) => ({ card, dots: tally[card.id] ?? 0, order: card.seq }))
      .sort(byDots)
      .map(({ card, dots }) => ({ card, dots }));

  const columns = ideasByGroup(state, phaseId);
  const groups = columns
    .flatMap(({ group, ideas }, order) => {
      if (!group) return [];
      const ranked = rank(ideas);
      return [{ group, ideas: ranked, dots: ranked.reduce((n, i) => n + i.dots, 0), order }];
    })
    .sort(byDots)
    .map(({ group, ideas, dots }) => ({ group, ideas, dots }));
  return { ideas: rank(ideasOf(state, phaseId)), groups, ungrouped: rank(columns.at(-1)?.ideas ?? []) };
}
