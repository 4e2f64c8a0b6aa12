"use client";

import { useT } from "@/lib/client/i18n";
import type { PhaseOf, WorkshopState } from "@/lib/domain";

/** The perspective phase a mirror or a strengths wall builds on, for its title in notices. */
export function useSourceTitle(state: WorkshopState, phase: PhaseOf<"mirror" | "strengths">): string {
  const t = useT("perspective");
  return state.agenda.find((p) => p.id === phase.options.sourcePhaseId)?.title ?? t("defaultTitle");
}
