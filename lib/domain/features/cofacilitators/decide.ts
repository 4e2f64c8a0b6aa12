import { accept, reject } from "../../decision";
import type { Deciders } from "../../feature";
import { onlyFacilitator } from "../../guards";

/** Enough for a team of facilitators, few enough that the list of hashes stays small. */
export const MAX_COFACILITATORS = 20;

export const cofacilitatorDeciders: Deciders<"cofacilitator.add"> = {
  // Allowed after the end too: a second facilitator may still need to read and export.
  "cofacilitator.add"(state, { tokenHash }, { actor }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    const known = state.secrets?.coFacilitatorTokenHashes ?? [];
    if (known.includes(tokenHash) || state.secrets?.facilitatorTokenHash === tokenHash) return accept([]);
    if (known.length >= MAX_COFACILITATORS) {
      return reject("closed", "tooManyCofacilitatorLinks", { max: MAX_COFACILITATORS });
    }
    return accept([{ type: "cofacilitator.added", tokenHash }]);
  },
};
