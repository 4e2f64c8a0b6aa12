import type { PhaseOf, WorkshopState } from "@/lib/domain";

/** The perspective phase a mirror or a strengths wall builds on, for its title in notices. */
export function sourceTitle(state: WorkshopState, phase: PhaseOf<"mirror" | "strengths">): string {
  return state.agenda.find((p) => p.id === phase.options.sourcePhaseId)?.title ?? "In their shoes";
}
