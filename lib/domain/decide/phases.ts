import type { CommandOf } from "../commands";
import type { WorkshopState } from "../model";
import { accept, reject, type DecideContext, type Decision } from "./decision";

export function decidePhaseGoto(
  state: WorkshopState,
  command: CommandOf<"phase.goto">,
  { actor }: DecideContext,
): Decision {
  // AUTH
  if (actor.role !== "facilitator") return reject("forbidden", "Only the facilitator moves between phases.");

  // VALIDATION
  if (!state.agenda.some((p) => p.id === command.phaseId)) {
    return reject("not_found", "That phase is not on the agenda.");
  }

  // RESOLUTION: going where the room already is changes nothing (a double click on "Next").
  if (state.currentPhaseId === command.phaseId) return accept([]);
  return accept([{ type: "phase.changed", phaseId: command.phaseId }]);
}
