import type { PhaseKind, PhaseOf } from "@/lib/domain";
import { agreementsViews, carryOverViews } from "./agreements";
import { beliefsViews } from "./beliefs";
import { brainstormViews } from "./brainstorm";
import { mirrorViews } from "./mirror";
import { perspectiveViews } from "./perspective";
import { pulseViews } from "./pulse";
import { strengthsViews } from "./strengths";
import type { PhaseViews } from "./types";

type Registered = Exclude<PhaseKind, "lobby" | "info" | "cards">;

/** The views of each phase kind built on top of the foundation's lobby, slide and cards. */
export const PHASE_VIEWS: { [K in Registered]: PhaseViews<K> } = {
  pulse: pulseViews,
  perspective: perspectiveViews,
  mirror: mirrorViews,
  beliefs: beliefsViews,
  strengths: strengthsViews,
  brainstorm: brainstormViews,
  agreements: agreementsViews,
  "carry-over": carryOverViews,
};

/** Narrows the registry to one phase's views, keeping the phase's own type. */
export function viewsOf<K extends Registered>(phase: PhaseOf<K>): PhaseViews<K> {
  return PHASE_VIEWS[(phase as { kind: K }).kind] as PhaseViews<K>;
}

export function isRegistered(phase: { kind: PhaseKind }): phase is PhaseOf<Registered> {
  return phase.kind in PHASE_VIEWS;
}
