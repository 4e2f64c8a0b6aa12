import { moderates, viewerId, type Redactors, type ViewRule } from "../../feature";

const REDACTED = { type: "redacted" } as const;

/** Beliefs are anonymous: the author only in the author's copy; a voter's id only in their own. */
export const beliefRedactors: Redactors<"belief.added" | "belief.voted"> = {
  "belief.added": (event, state, viewer) => {
    const belief = state.beliefs[event.beliefId];
    if (belief?.hidden && !moderates(viewer)) return REDACTED;
    return event.authorId === viewerId(viewer) ? event : { ...event, authorId: null };
  },
  "belief.voted": (event, _state, viewer) => (event.participantId === viewerId(viewer) ? event : { ...event, participantId: null }),
};

/** Hidden beliefs are gone for all but moderators; an author is known only to themselves. */
export const beliefView: ViewRule = (state, viewer) => ({
  beliefs: Object.fromEntries(
    Object.values(state.beliefs)
      .filter((b) => moderates(viewer) || !b.hidden)
      .map((b) => [b.id, b.authorId !== null && b.authorId !== viewerId(viewer) ? { ...b, authorId: null } : b]),
  ),
});
