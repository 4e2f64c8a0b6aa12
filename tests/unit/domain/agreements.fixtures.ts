import type { CommandInput } from "@/lib/domain";
import type { AgreementFields } from "@/lib/domain/features/agreements/schemas";
import { alice, bob, facilitator, guest, must, workshop, SALES_AGREEMENT } from "./fixtures";

/** Set-up shared by the agreements tests. */

export { alice, bob } from "./fixtures";

export const FIELDS: AgreementFields = {
  ...SALES_AGREEMENT,
  what: "Sales checks new offers with Finance before sending them",
  legalCheck: { needed: true, note: "Pricing rules: ask Legal" },
};

/**
 * Alice p2 (Sales) and Bob p3 (IT) have joined; the brainstorm had two ideas (Alice's and Bob's)
 * and a third that was hidden; the room is in the agreements phase.
 */
export function inAgreements() {
  let s = workshop();
  s = must(s, { type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)).state;
  s = must(s, { type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)).state;
  s = must(s, { type: "phase.goto", phaseId: "brainstorm" }, facilitator).state;
  const first = must(s, { type: "card.add", phaseId: "brainstorm", text: "Answer within a day" }, alice);
  const second = must(first.state, { type: "card.add", phaseId: "brainstorm", text: "One contact per customer" }, bob);
  const hidden = must(second.state, { type: "card.add", phaseId: "brainstorm", text: "Blame IT" }, bob);
  s = must(hidden.state, { type: "card.setHidden", cardId: hidden.id, hidden: true }, facilitator).state;
  s = must(s, { type: "phase.goto", phaseId: "agreements" }, facilitator).state;
  return { state: s, ideas: [first.id, second.id], hiddenIdea: hidden.id };
}

/** One agreement made, Alice in. */
export function withAgreement() {
  const base = inAgreements();
  const made = must(base.state, { type: "agreement.create", phaseId: "agreements", fields: FIELDS }, facilitator);
  const state = must(made.state, { type: "agreement.endorse", agreementId: made.id, endorsed: true }, alice).state;
  return { ...base, state, id: made.id };
}

export const create = (fields: Partial<AgreementFields> = {}, more: Partial<Extract<CommandInput, { type: "agreement.create" }>> = {}): CommandInput => ({
  type: "agreement.create",
  phaseId: "agreements",
  fields: { ...FIELDS, ...fields },
  ...more,
});
