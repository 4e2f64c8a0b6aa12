import type { WorkshopState } from "@/lib/domain";
import { alice, bob, cardsPhase, customWorkshop, facilitator, goto, join, joinedThree, lobbyPhase, must } from "./fixtures";

/** Set-up shared by the facilitator's controls tests: phases, timer, spotlight, mirror, end. */

export const MINUTE = 60_000;
export { alice } from "./fixtures";

/** Alice p2 (Sales), Bob p3 (IT) and Cleo p4 (Finance) in the lobby. Next id suffix: 5. */
export const people = joinedThree;

/** In "changes" (timebox 10 minutes) [5] with Alice's card c6 and Bob's card c7. */
export function changes(): WorkshopState {
  let state = goto(people(), "changes");
  state = must(state, { type: "card.add", phaseId: "changes", text: "Alice" }, alice).state;
  return must(state, { type: "card.add", phaseId: "changes", text: "Bob" }, bob).state;
}

export const timed = () => must(changes(), { type: "timer.start" }, facilitator).state;
export const spotlit = () => must(changes(), { type: "spotlight.set", ref: { kind: "card", id: "c6" } }, facilitator).state;
export const locked = () => must(changes(), { type: "phase.lock", phaseId: "changes", locked: true }, facilitator).state;
export const ended = () => must(changes(), { type: "workshop.end" }, facilitator).state;
export const inShoes = () => goto(people(), "shoes");
export const revealed = () => must(inShoes(), { type: "phase.reveal", phaseId: "shoes" }, facilitator).state;
export const atMirror = () => goto(people(), "mirror");

/** Bob's c7 hidden, and Alice's duplicate c9 merged into her c6. */
export function moderated(): WorkshopState {
  let state = must(changes(), { type: "card.setHidden", cardId: "c7", hidden: true }, facilitator).state;
  state = must(state, { type: "card.add", phaseId: "changes", text: "Alice again" }, alice).state; // c9
  return must(state, { type: "card.merge", cardId: "c9", intoCardId: "c6" }, facilitator).state;
}

/** A private card phase with Alice's unrevealed card c4. */
export function privateCards(): WorkshopState {
  let state = customWorkshop([lobbyPhase(), cardsPhase("secret", { private: true })]);
  state = join(state, "Alice", "t1", 1).state;
  state = goto(state, "secret");
  return must(state, { type: "card.add", phaseId: "secret", text: "Mine" }, alice).state;
}
