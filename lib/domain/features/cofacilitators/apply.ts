import type { Appliers } from "../../feature";

export const cofacilitatorAppliers: Appliers<"cofacilitator.added"> = {
  // Only the server's copy holds secrets; every other copy just advances its sequence number.
  "cofacilitator.added"(state, { tokenHash }) {
    if (!state.secrets || !tokenHash) return state;
    return {
      ...state,
      secrets: { ...state.secrets, coFacilitatorTokenHashes: [...state.secrets.coFacilitatorTokenHashes, tokenHash] },
    };
  },
};
