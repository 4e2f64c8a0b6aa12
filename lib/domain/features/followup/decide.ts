import type { Actor } from "../../actor";
import { accept, reject } from "../../decision";
import type { Deciders } from "../../feature";
import { onlyFacilitator } from "../../guards";

/** Enough links for every manager and channel; few enough that the list of hashes stays small. */
export const MAX_SHARE_LINKS = 20;

/** The facilitator may update any agreement; an owner, through their edit link, only their own. */
function mayFollowUp(actor: Actor, agreementId: string): "facilitator" | "owner" | null {
  if (actor.role === "facilitator") return "facilitator";
  if (actor.role === "owner" && actor.agreementId === agreementId) return "owner";
  return null;
}

/**
 * Follow-up happens after the day, so none of these is closed by the end of the workshop: the
 * end freezes the room's input, not the work the room agreed on.
 */
export const followUpDeciders: Deciders<"agreement.progress" | "share.add" | "agreement.addEditLink"> = {
  "agreement.progress"(state, { agreementId, status, measured, note }, { actor }) {
    const agreement = state.agreements[agreementId];
    const by = mayFollowUp(actor, agreementId);
    if (!by) return reject("forbidden", "progressByOwner");
    if (!agreement) return reject("not_found", "agreementGone");
    const last = agreement.progress.at(-1);
    // A double tap or a retry changes nothing: the history records changes, not clicks.
    if (last && last.status === status && last.measured === measured && last.note === note) return accept([], { id: agreementId });
    return accept([{ type: "agreement.progressed", agreementId, status, measured, note, by }], { id: agreementId });
  },

  "share.add"(state, { tokenHash }, { actor }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    const known = state.secrets?.shareTokenHashes ?? [];
    if (known.includes(tokenHash)) return accept([]);
    if (known.length >= MAX_SHARE_LINKS) return reject("closed", "tooManyShareLinks", { max: MAX_SHARE_LINKS });
    return accept([{ type: "share.added", tokenHash }]);
  },

  "agreement.addEditLink"(state, { agreementId, tokenHash }, { actor }) {
    const denied = onlyFacilitator(actor);
    if (denied) return denied;
    if (!state.agreements[agreementId]) return reject("not_found", "agreementGone");
    if (state.secrets?.editLinks[tokenHash]) return accept([], { id: agreementId });
    return accept([{ type: "agreement.editLinkAdded", agreementId, tokenHash }], { id: agreementId });
  },
};
