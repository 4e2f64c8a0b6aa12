import type { Appliers } from "../../feature";

export const pulseAppliers: Appliers<"pulse.answered"> = {
  "pulse.answered": (s) => s,
};
