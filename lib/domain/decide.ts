import type { Command, CommandType } from "./commands";
import type { DecideContext, Decision } from "./decision";
import type { Deciders } from "./feature";
import { agendaDeciders } from "./features/agenda/decide";
import { agreementDeciders } from "./features/agreements/decide";
import { beliefDeciders } from "./features/beliefs/decide";
import { brainstormDeciders } from "./features/brainstorm/decide";
import { cardDeciders } from "./features/cards/decide";
import { catchUpDeciders } from "./features/catchup/decide";
import { cofacilitatorDeciders } from "./features/cofacilitators/decide";
import { followUpDeciders } from "./features/followup/decide";
import { controlDeciders } from "./features/controls/decide";
import { participantDeciders } from "./features/participants/decide";
import { pulseDeciders } from "./features/pulse/decide";
import { languageDeciders } from "./features/language/decide";
import type { WorkshopState } from "./model";

export type { CommandResult, DecideContext, Decision } from "./decision";

/** Every command's rule, one map per feature; a command without a rule does not compile. */
const DECIDERS: Deciders<CommandType> = {
  ...participantDeciders,
  ...controlDeciders,
  ...cardDeciders,
  ...brainstormDeciders,
  ...pulseDeciders,
  ...beliefDeciders,
  ...agreementDeciders,
  ...cofacilitatorDeciders,
  ...followUpDeciders,
  ...agendaDeciders,
  ...catchUpDeciders,
  ...languageDeciders,
};

/** The one place a command becomes events (or a reason why not). Pure: same input, same answer. */
export function decide(state: WorkshopState, command: Command, ctx: DecideContext): Decision {
  const rule = DECIDERS[command.type] as (s: WorkshopState, c: Command, x: DecideContext) => Decision;
  return rule(state, command, ctx);
}
