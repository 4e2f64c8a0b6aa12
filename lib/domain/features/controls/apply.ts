import { withControl, type Appliers } from "../../feature";
import type { Card } from "../../model";

type ControlEvent =
  | "phase.changed"
  | "phase.locked"
  | "phase.revealed"
  | "timer.started"
  | "timer.paused"
  | "timer.extended"
  | "timer.reset"
  | "spotlight.changed"
  | "mirror.shown"
  | "workshop.ended";

export const controlAppliers: Appliers<ControlEvent> = {
  "phase.changed": (state, { phaseId }) => ({ ...state, currentPhaseId: phaseId }),
  "phase.locked": (state, { phaseId, locked }) => withControl(state, phaseId, { locked }),
  "phase.revealed"(state, { phaseId, cards }) {
    const next = withControl(state, phaseId, { revealed: true });
    if (!cards?.length) return next;
    // Audiences that did not hold others' private cards receive them with the reveal.
    const added: Record<string, Card> = Object.fromEntries(cards.filter((c) => !state.cards[c.id]).map((c) => [c.id, c]));
    return { ...next, cards: { ...next.cards, ...added } };
  },
  "timer.started": (state, { phaseId, durationMs, remainingMs }, { at }) => ({
    ...state,
    timer: { phaseId, durationMs, remainingMs, startedAt: at },
  }),
  "timer.paused": (state, { remainingMs }) => (state.timer ? { ...state, timer: { ...state.timer, remainingMs, startedAt: null } } : state),
  "timer.extended": (state, { addMs }) =>
    state.timer
      ? { ...state, timer: { ...state.timer, durationMs: state.timer.durationMs + addMs, remainingMs: state.timer.remainingMs + addMs } }
      : state,
  "timer.reset": (state) => ({ ...state, timer: null }),
  "spotlight.changed": (state, { ref }) => ({ ...state, spotlight: ref }),
  "mirror.shown": (state, { phaseId, teamId }) => withControl(state, phaseId, { mirrorTeamId: teamId }),
  "workshop.ended": (state, _event, { at }) => ({ ...state, endedAt: at }),
};
