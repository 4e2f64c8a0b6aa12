import type { PhaseKind } from "@/lib/domain";
import type { Messages } from "@/lib/i18n";

/** The catalogue key naming each phase kind in the editor. */
export const KIND_KEY: Record<PhaseKind, keyof Messages["agenda"]> = {
  lobby: "kindLobby",
  info: "kindInfo",
  pulse: "kindPulse",
  cards: "kindCards",
  perspective: "kindPerspective",
  mirror: "kindMirror",
  beliefs: "kindBeliefs",
  strengths: "kindStrengths",
  brainstorm: "kindBrainstorm",
  agreements: "kindAgreements",
  "carry-over": "kindCarryOver",
};
