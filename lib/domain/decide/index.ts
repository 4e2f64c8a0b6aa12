import { assertNever } from "../actor";
import type { Command } from "../commands";
import type { WorkshopState } from "../model";
import { decideCardAdd, decideCardDelete, decideCardEdit, decideCardSetHidden } from "./cards";
import type { DecideContext, Decision } from "./decision";
import { decidePhaseGoto } from "./phases";
import { decideJoin } from "./participants";

export type { CommandResult, DecideContext, Decision } from "./decision";

/** The one place a command becomes events (or a reason why not). Pure: same input, same answer. */
export function decide(state: WorkshopState, command: Command, ctx: DecideContext): Decision {
  switch (command.type) {
    case "participant.join":
      return decideJoin(state, command, ctx);
    case "card.add":
      return decideCardAdd(state, command, ctx);
    case "card.edit":
      return decideCardEdit(state, command, ctx);
    case "card.delete":
      return decideCardDelete(state, command, ctx);
    case "card.setHidden":
      return decideCardSetHidden(state, command, ctx);
    case "phase.goto":
      return decidePhaseGoto(state, command, ctx);
    default:
      return assertNever(command);
  }
}
