import { moderates, viewerId, type Redactors, type ViewRule } from "../../feature";
import type { Belief } from "../../model";
import type { Viewer } from "../../projection";

const REDACTED = { type: "redacted" } as const;

/** The copy of a belief a viewer may hold: hidden ones only for moderators, the author only for the author. */
function beliefFor(belief: Belief, viewer: Viewer): Belief | null {
  if (belief.hidden && !moderates(viewer)) return null;
  return belief.authorId !== null && belief.authorId !== viewerId(viewer) ? { ...belief, authorId: null } : belief;
}

/** Whether what happens to a belief is none of this viewer's business: it is hidden from them. */
const hiddenFrom = (beliefId: string, state: { beliefs: Record<string, Belief> }, viewer: Viewer) =>
  Boolean(state.beliefs[beliefId]?.hidden) && !moderates(viewer);

/**
 * Beliefs are anonymous: the author is in nobody's copy but the author's, the facilitator's
 * included. A voter's id is in their own copy only; the split by team is public.
 */
export const beliefRedactors: Redactors<"belief.added" | "belief.replied" | "belief.voted" | "belief.hidden" | "belief.unhidden"> = {
  "belief.added": (event, state, viewer) => {
    if (hiddenFrom(event.beliefId, state, viewer)) return REDACTED;
    return event.authorId === viewerId(viewer) ? event : { ...event, authorId: null };
  },
  "belief.replied": (event, state, viewer) => (hiddenFrom(event.beliefId, state, viewer) ? REDACTED : event),
  "belief.voted": (event, state, viewer) => {
    if (hiddenFrom(event.beliefId, state, viewer)) return REDACTED;
    return event.participantId === viewerId(viewer) ? event : { ...event, participantId: null };
  },
  // As in the view: for everyone but the moderators a hidden belief is simply gone.
  "belief.hidden": (event, _state, viewer) => (moderates(viewer) ? event : { type: "belief.withdrawn", beliefId: event.beliefId }),
  "belief.unhidden"(event, state, viewer) {
    if (moderates(viewer)) return event;
    const belief = state.beliefs[event.beliefId];
    const copy = belief ? beliefFor(belief, viewer) : null;
    return copy ? { ...event, belief: copy } : REDACTED;
  },
};

/**
 * Hidden beliefs are gone for all but moderators; an author is known only to themselves. The
 * tallies stay whole: bare counts under an id, and what an unhidden belief comes back with.
 */
export const beliefView: ViewRule = (state, viewer) => ({
  beliefs: Object.fromEntries(
    Object.values(state.beliefs)
      .map((b) => beliefFor(b, viewer))
      .filter((b): b is Belief => b !== null)
      .map((b) => [b.id, b]),
  ),
});
