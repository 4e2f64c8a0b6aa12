import type { Appliers } from "../../feature";

export const perspectiveAppliers: Appliers<"perspective.assigned"> = {
  "perspective.assigned": (state, { phaseId, assignments }) => ({
    ...state,
    assignments: { ...state.assignments, [phaseId]: { ...state.assignments[phaseId], ...assignments } },
  }),
};
