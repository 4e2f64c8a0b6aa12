import type { Redactors, ViewRule } from "../../feature";

type CatchUpEvent = "catchup.opened" | "catchup.extended" | "catchup.closed" | "catchup.inviteAdded" | "catchup.joined" | "catchup.submitted";

const hidden = () => ({ type: "redacted" as const });

/**
 * The catch-up is the server's alone: its events reach every socket as bare markers (names of
 * absent colleagues, their anonymous belief, their ballots never travel with the room's copy).
 * The facilitator reads a summary over HTTP; a catch-up participant their own view.
 */
export const catchUpRedactors: Redactors<CatchUpEvent> = {
  "catchup.opened": hidden,
  "catchup.extended": hidden,
  "catchup.closed": hidden,
  "catchup.inviteAdded": hidden,
  "catchup.joined": hidden,
  "catchup.submitted": hidden,
};

export const catchUpView: ViewRule = () => ({ catchup: undefined });
