import type { Redactors } from "../../feature";

/** The hashes are secrets: no copy that leaves the server carries them, not even the facilitators'. */
export const followUpRedactors: Redactors<"share.added" | "agreement.editLinkAdded"> = {
  "share.added": ({ tokenHash: _secret, ...visible }) => visible,
  "agreement.editLinkAdded": ({ tokenHash: _secret, ...visible }) => visible,
};
