import type { Appliers } from "../../feature";

export const beliefAppliers: Appliers<"belief.added" | "belief.replied" | "belief.voted" | "belief.hidden" | "belief.unhidden"> = {
  "belief.added": (s) => s,
  "belief.replied": (s) => s,
  "belief.voted": (s) => s,
  "belief.hidden": (s) => s,
  "belief.unhidden": (s) => s,
};
