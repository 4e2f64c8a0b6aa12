import type { Redactors } from "../../feature";

export const cofacilitatorRedactors: Redactors<"cofacilitator.added"> = {
  /** The hash is a secret: no copy that leaves the server carries it, not even the facilitators'. */
  "cofacilitator.added": ({ tokenHash: _secret, ...visible }) => visible,
};
