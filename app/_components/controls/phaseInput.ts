import { controlOf } from "@/lib/domain/feature";
import type { Phase, WorkshopState } from "@/lib/domain";

/** Phases where people write, vote or react: the ones that can be locked and marked "done". */
export function takesInput(phase: Phase): boolean {
  return phase.kind !== "lobby" && phase.kind !== "info";
}

/** A cards phase whose cards stay with their authors (and the facilitator) until the reveal. */
export function privateUntilReveal(state: WorkshopState, phase: Phase): boolean {
  return phase.kind === "cards" && phase.options.private && !controlOf(state, phase.id).revealed;
}

/** People still in the workshop (removed ones are out of every count). */
export function activePeople(state: WorkshopState) {
  return Object.values(state.participants).filter((p) => !p.removed);
}

/** "N of M done" for a phase: only people still in the workshop count. */
export function doneCount(state: WorkshopState, phaseId: string): { done: number; of: number } {
  const people = activePeople(state);
  const done = new Set(controlOf(state, phaseId).done);
  return { done: people.filter((p) => done.has(p.id)).length, of: people.length };
}
