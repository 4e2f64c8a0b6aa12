import { accept, reject } from "../../decision";
import { controlOf, type Deciders } from "../../feature";
import { notEnded, onlyFacilitator } from "../../guards";
import { currentPhase } from "../../selectors";
import { cardFor } from "../cards/visibility";
import { assignOnOpen } from "../perspective/assign";

const MINUTE = 60_000;

type ControlCommand =
  | "phase.goto"
  | "phase.lock"
  | "phase.reveal"
  | "timer.start"
  | "timer.pause"
  | "timer.extend"
  | "timer.reset"
  | "spotlight.set"
  | "mirror.show"
  | "workshop.end";

/** The facilitator's controls. All of them are the facilitator's alone, and all are events. */
export const controlDeciders: Deciders<ControlCommand> = {
  "phase.goto"(state, { phaseId }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    if (!state.agenda.some((p) => p.id === phaseId)) return reject("not_found", "phaseMissing");
    // Going where the room already is changes nothing (a double click on "Next").
    if (state.currentPhaseId === phaseId) return accept([]);
    // A new phase starts without the last phase's timer or spotlight.
    return accept([
      { type: "phase.changed", phaseId },
      ...(state.timer ? [{ type: "timer.reset" as const }] : []),
      ...(state.spotlight ? [{ type: "spotlight.changed" as const, ref: null }] : []),
      ...assignOnOpen(state, phaseId),
    ]);
  },

  "phase.lock"(state, { phaseId, locked }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    if (!state.agenda.some((p) => p.id === phaseId)) return reject("not_found", "phaseMissing");
    if (controlOf(state, phaseId).locked === locked) return accept([]);
    return accept([{ type: "phase.locked", phaseId, locked }]);
  },

  "phase.reveal"(state, { phaseId }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const phase = state.agenda.find((p) => p.id === phaseId);
    if (!phase) return reject("not_found", "phaseMissing");
    if (!("private" in phase.options) || !phase.options.private) return reject("invalid_input", "noPrivateWriting");
    if (controlOf(state, phaseId).revealed) return accept([]);
    return accept([{ type: "phase.revealed", phaseId }]);
  },

  "timer.start"(state, { minutes }, { actor, now }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const phase = currentPhase(state);
    const timer = state.timer?.phaseId === phase.id ? state.timer : null;
    if (timer && minutes === undefined) {
      // Resume what is left; a timer that has run out starts again from its full length.
      const left = timer.startedAt === null ? timer.remainingMs : timer.remainingMs - (now - timer.startedAt);
      if (left <= 0) return accept([{ type: "timer.started", phaseId: phase.id, durationMs: timer.durationMs, remainingMs: timer.durationMs }]);
      if (timer.startedAt !== null) return accept([]);
      return accept([{ type: "timer.started", phaseId: phase.id, durationMs: timer.durationMs, remainingMs: timer.remainingMs }]);
    }
    const durationMs = (minutes ?? phase.timeboxMinutes ?? 5) * MINUTE;
    return accept([{ type: "timer.started", phaseId: phase.id, durationMs, remainingMs: durationMs }]);
  },

  "timer.pause"(state, _command, { actor, now }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const timer = state.timer;
    if (!timer || timer.startedAt === null) return accept([]);
    const remainingMs = Math.max(0, timer.remainingMs - (now - timer.startedAt));
    return accept([{ type: "timer.paused", remainingMs }]);
  },

  "timer.extend"(state, { minutes }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    if (!state.timer) return reject("not_found", "noTimer");
    return accept([{ type: "timer.extended", addMs: minutes * MINUTE }]);
  },

  "timer.reset"(state, _command, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    return accept(state.timer ? [{ type: "timer.reset" }] : []);
  },

  "spotlight.set"(state, { ref }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    if (ref) {
      const pool = ref.kind === "card" ? state.cards : ref.kind === "belief" ? state.beliefs : state.agreements;
      if (!pool[ref.id]) return reject("not_found", "spotlightMissing");
      const card = ref.kind === "card" ? state.cards[ref.id] : undefined;
      // The spotlight is for the room: a card the screen does not hold would show as a blank.
      if (card && (card.mergedInto !== null || !cardFor(card, state, { role: "screen" }))) {
        return reject("invalid_input", "cardNotVisible");
      }
      if (ref.kind === "belief" && state.beliefs[ref.id]?.hidden) {
        return reject("invalid_input", "beliefHidden");
      }
    }
    if (JSON.stringify(state.spotlight) === JSON.stringify(ref)) return accept([]);
    return accept([{ type: "spotlight.changed", ref }]);
  },

  "mirror.show"(state, { phaseId, teamId }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    if (state.agenda.find((p) => p.id === phaseId)?.kind !== "mirror") return reject("not_found", "notMirror");
    if (!state.teams.some((t) => t.id === teamId)) return reject("not_found", "teamMissing");
    if (controlOf(state, phaseId).mirrorTeamId === teamId) return accept([]);
    return accept([{ type: "mirror.shown", phaseId, teamId }]);
  },

  "workshop.end"(state, _command, { actor }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    if (state.endedAt !== null) return accept([]);
    return accept([...(state.timer ? [{ type: "timer.reset" as const }] : []), { type: "workshop.ended" }]);
  },
};
