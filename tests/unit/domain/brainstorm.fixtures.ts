import type { Actor, CommandInput, WorkshopState } from "@/lib/domain";
import { after, alice, applyAll, bob, cleo, facilitator, goto, joinedThree, must } from "./fixtures";

/** Set-up shared by the brainstorm tests: ideas, groups and the dot vote. */

export { after, alice, bob, cleo } from "./fixtures";

/**
 * Alice p2, Bob p3 and Cleo p4 in the brainstorm [5]; ideas c6 (Alice), c7 (Bob), c8 (Cleo).
 * Next id suffix: 9.
 */
export function withIdeas(): WorkshopState {
  let s = goto(joinedThree(), "brainstorm");
  s = must(s, { type: "card.add", phaseId: "brainstorm", text: "Answer within a day" }, alice).state;
  s = must(s, { type: "card.add", phaseId: "brainstorm", text: "One contact per customer" }, bob).state;
  return must(s, { type: "card.add", phaseId: "brainstorm", text: "Check offers with Finance" }, cleo).state;
}

/** Alice made group g9 "Speed" and put c6 in it [10]. Next id suffix: 11. */
export function grouped(): WorkshopState {
  const s = must(withIdeas(), { type: "group.create", phaseId: "brainstorm", title: "Speed" }, alice).state;
  return must(s, { type: "card.group", cardId: "c6", groupId: "g9" }, alice).state;
}

export const dot = (cardId: string, actor: Actor, s: WorkshopState) => must(s, { type: "dot.add", phaseId: "brainstorm", cardId }, actor).state;
export const undot = (cardId: string, actor: Actor, s: WorkshopState) => must(s, { type: "dot.remove", phaseId: "brainstorm", cardId }, actor).state;
export const close = (s: WorkshopState) => must(s, { type: "vote.close", phaseId: "brainstorm" }, facilitator).state;

export const locked = after(grouped, { type: "phase.lock", phaseId: "brainstorm", locked: true });
export const ended = after(grouped, { type: "workshop.end" });
export const closed = () => close(grouped());
export const c7Hidden = after(grouped, { type: "card.setHidden", cardId: "c7", hidden: true });
export const c8MergedIntoC7 = after(grouped, { type: "card.merge", cardId: "c8", intoCardId: "c7" });
/** Alice used her 3 votes: two on c7, one on c8. */
export const aliceSpent = () => dot("c8", alice, dot("c7", alice, dot("c7", alice, grouped())));
export const aliceOnC8 = () => dot("c8", alice, grouped());
/** A second brainstorm phase on the agenda, with a group g20 of its own. */
export function twoBrainstorms(): WorkshopState {
  const s = grouped();
  const copy = s.agenda.find((p) => p.id === "brainstorm")!;
  const agenda = [...s.agenda.slice(0, -1), { ...copy, id: "brainstorm-2" }, ...s.agenda.slice(-1)];
  return applyAll({ ...s, agenda }, [{ type: "group.created", groupId: "g20", phaseId: "brainstorm-2", title: "Elsewhere" }]);
}
export const withBudget = (budget: number) => () => {
  const s = grouped();
  return { ...s, agenda: s.agenda.map((p) => (p.kind === "brainstorm" ? { ...p, options: { budget } } : p)) };
};

export const create = (title: string, phaseId = "brainstorm"): CommandInput => ({ type: "group.create", phaseId, title });
export const rename = (groupId: string, title: string): CommandInput => ({ type: "group.rename", groupId, title });
export const move = (cardId: string, groupId: string | null): CommandInput => ({ type: "card.group", cardId, groupId });
export const add = (cardId: string, phaseId = "brainstorm"): CommandInput => ({ type: "dot.add", phaseId, cardId });
export const remove = (cardId: string): CommandInput => ({ type: "dot.remove", phaseId: "brainstorm", cardId });
export const closeVote = (phaseId = "brainstorm"): CommandInput => ({ type: "vote.close", phaseId });
