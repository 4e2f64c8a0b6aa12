import type { PhaseOf } from "@/lib/domain";

export const TOGETHER = "What could we achieve together?";

/** The wall's question, unless the phase's own prompt (shown above it) already asks it. */
export function wallQuestion(phase: PhaseOf<"strengths">): string | null {
  return phase.prompt.toLocaleLowerCase().includes("achieve together") ? null : TOGETHER;
}
