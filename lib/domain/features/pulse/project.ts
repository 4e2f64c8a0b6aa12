import { viewerId, type Redactors } from "../../feature";

/** Tallies are public, a person's answers are not: their id only in their own copy. */
export const pulseRedactors: Redactors<"pulse.answered"> = {
  "pulse.answered": (event, _state, viewer) => (event.participantId === viewerId(viewer) ? event : { ...event, participantId: null }),
};
