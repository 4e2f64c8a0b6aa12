import type { CommandOf, CommandType } from "./commands";
import type { DecideContext, Decision } from "./decision";
import type { DomainEvent, EventOf, EventType } from "./events";
import type { PhaseControl, WorkshopState } from "./model";
import type { Viewer } from "./projection";

/**
 * A feature (a phase kind, or the facilitator's controls) is a set of commands and events with
 * four kinds of rules: how a command is decided, how an event is applied, what copy of an event
 * each viewer gets, and what part of the state each viewer may hold. The maps are typed so that
 * a command or event without its rule does not compile.
 */
export interface ApplyMeta {
  seq: number;
  at: number;
}

export type Deciders<C extends CommandType> = {
  [T in C]: (state: WorkshopState, command: CommandOf<T>, ctx: DecideContext) => Decision;
};

export type Appliers<E extends EventType> = {
  [T in E]: (state: WorkshopState, event: EventOf<T>, meta: ApplyMeta) => WorkshopState;
};

export type Redactors<E extends EventType> = {
  [T in E]?: (event: EventOf<T>, stateAfter: WorkshopState, viewer: Viewer) => DomainEvent;
};

/** The part of the state a viewer may hold, for the slices this feature owns. */
export type ViewRule = (state: WorkshopState, viewer: Viewer) => Partial<WorkshopState>;

export const NEW_CONTROL: PhaseControl = {
  locked: false,
  revealed: false,
  voteClosed: false,
  mirrorTeamId: null,
  done: [],
};

export function controlOf(state: WorkshopState, phaseId: string): PhaseControl {
  return state.controls[phaseId] ?? NEW_CONTROL;
}

export function withControl(state: WorkshopState, phaseId: string, patch: Partial<PhaseControl>): WorkshopState {
  return { ...state, controls: { ...state.controls, [phaseId]: { ...controlOf(state, phaseId), ...patch } } };
}

/** Whether a viewer sees everything a moderator sees (authors of anonymous input excepted). */
export const moderates = (viewer: Viewer) => viewer.role === "facilitator";

/** The participant a viewer is, if any. */
export const viewerId = (viewer: Viewer) => (viewer.role === "participant" ? viewer.participantId : null);
