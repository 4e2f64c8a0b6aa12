import { controlOf, moderates, viewerId } from "../../feature";
import type { Card, WorkshopState } from "../../model";
import type { Viewer } from "../../projection";

/** Whether a phase keeps its cards private until the facilitator reveals them. */
export function isPrivateNow(state: WorkshopState, phaseId: string): boolean {
  const phase = state.agenda.find((p) => p.id === phaseId);
  const isPrivate = phase && "private" in phase.options && phase.options.private;
  return Boolean(isPrivate) && !controlOf(state, phaseId).revealed;
}

/**
 * The copy of a card a viewer may hold, or `null` if none: hidden cards only for moderators,
 * private cards only for their author and moderators until the reveal, and an anonymous card's
 * author for nobody but the author.
 */
export function cardFor(card: Card, state: WorkshopState, viewer: Viewer): Card | null {
  const me = viewerId(viewer);
  const mine = me !== null && me === card.authorId;
  if (card.hidden && !moderates(viewer)) return null;
  if (isPrivateNow(state, card.phaseId) && !mine && !moderates(viewer)) return null;
  if (card.anonymous && !mine && card.authorId !== null) return { ...card, authorId: null };
  return card;
}
