import { viewerId, type Redactors } from "../../feature";

const REDACTED = { type: "redacted" } as const;

/** Dot votes are blind until the vote closes: only the voter learns of their own dots. */
export const brainstormRedactors: Redactors<"dot.added" | "dot.removed"> = {
  "dot.added": (event, _state, viewer) => (event.participantId === viewerId(viewer) ? event : REDACTED),
  "dot.removed": (event, _state, viewer) => (event.participantId === viewerId(viewer) ? event : REDACTED),
};
