"use client";

import { useT } from "@/lib/client/i18n";
import type { PhaseOf } from "@/lib/domain";

/**
 * The wall's question ("What could we achieve together?"), unless the phase's own prompt (shown
 * above it) already asks it, in English or in the page's language.
 */
export function useWallQuestion(phase: PhaseOf<"strengths">): string | null {
  const together = useT("strengths")("together");
  const prompt = phase.prompt.toLocaleLowerCase();
  const asked = prompt.includes("achieve together") || prompt.includes(together.toLocaleLowerCase().replace(/\?$/, ""));
  return asked ? null : together;
}
