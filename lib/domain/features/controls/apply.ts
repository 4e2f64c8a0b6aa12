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
  "timer.extended"(state, { addMs }, { at }) {
    const timer = state.timer;
    if (!timer) return state;
    // Counted from what is left now, so "+1 minute" after the signal gives the room a minute.
    const left = timer.startedAt === null ? timer.remainingMs : Math.max(0, timer.remainingMs - (at - timer.startedAt));
    return {
      ...state,
      timer: { ...timer, durationMs: timer.durationMs + addMs, remainingMs: left + addMs, startedAt: timer.startedAt === null ? null : at },
    };
  },
  "timer.reset": (state) => ({ ...state, timer: null }),
  "spotlight.changed": (state, { ref }) => ({ ...state, spotlight: ref }),
  "mirror.shown": (state, { phaseId, teamId }) => withControl(state, phaseId, { mirrorTeamId: teamId }),
  "workshop.ended": (state, _event, { at }) => ({ ...state, endedAt: at }),
};
