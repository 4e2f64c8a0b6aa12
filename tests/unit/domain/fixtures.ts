/** The shared domain test builders live in tests/helpers/domain.ts. */
export * from "../../helpers/domain";
import type { Actor, CommandInput, WorkshopState } from "@/lib/domain";
import type { AgreementFields } from "@/lib/domain/features/agreements/schemas";
import { facilitator, join, must, participant, workshop } from "../../helpers/domain";

/** Three people as their phones act, once they have joined with `joinedThree`. */
export const alice = participant("p2"); // Sales
export const bob = participant("p3"); // IT
export const cleo = participant("p4"); // Finance

/** Alice p2 (Sales, guest 1), Bob p3 (IT, guest 2) and Cleo p4 (Finance, guest 3) in the lobby. Next id suffix: 5. */
export function joinedThree(): WorkshopState {
  let s = join(workshop(), "Alice", "t1", 1).state;
  s = join(s, "Bob", "t2", 2).state;
  return join(s, "Cleo", "t3", 3).state;
}

/** A set-up for tables of cases: the state `s` gives once `actor` (the facilitator unless said) did `command`. */
export const after = (s: () => WorkshopState, command: CommandInput, actor: Actor = facilitator) => () => must(s(), command, actor).state;

/** One agreement's fields: Sales owns it with a buddy from Finance (t3). Spread it to change a field. */
export const SALES_AGREEMENT: AgreementFields = {
  what: "Sales checks new offers with Finance",
  ownerTeamId: "t1",
  ownerName: "Alice",
  buddyTeamId: "t3",
  buddyName: "Frank",
  dueDate: "2025-03-01",
  reviewDate: "2025-06-01",
  metric: { name: "error reports", baseline: "10%", target: "5%" },
  legalCheck: { needed: false, note: "" },
};
