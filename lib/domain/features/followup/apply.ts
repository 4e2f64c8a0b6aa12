import type { Appliers } from "../../feature";
import type { WorkshopState } from "../../model";

type FollowUpEvent = "agreement.progressed" | "share.added" | "agreement.editLinkAdded" | "agreement.carried";

export const followUpAppliers: Appliers<FollowUpEvent> = {
  "agreement.progressed"(state, { agreementId, status, measured, note, by }, { at }) {
    const agreement = state.agreements[agreementId];
    if (!agreement) return state;
    const progress = [...agreement.progress, { at, status, measured, note, by }];
    return { ...state, agreements: { ...state.agreements, [agreementId]: { ...agreement, status, measured, progress } } };
  },
  // Only the server's copy holds secrets; every other copy just advances its sequence number.
  "share.added"(state, { tokenHash }) {
    if (!state.secrets || !tokenHash) return state;
    return { ...state, secrets: { ...state.secrets, shareTokenHashes: [...state.secrets.shareTokenHashes, tokenHash] } };
  },
  "agreement.editLinkAdded"(state, { agreementId, tokenHash }) {
    if (!state.secrets || !tokenHash) return state;
    return { ...state, secrets: { ...state.secrets, editLinks: { ...state.secrets.editLinks, [tokenHash]: agreementId } } };
  },
  "agreement.carried": (state: WorkshopState, e, { seq }) => ({
    ...state,
    agreements: {
      ...state.agreements,
      [e.agreementId]: {
        id: e.agreementId,
        phaseId: e.phaseId,
        kind: e.kind,
        ...e.fields,
        fromCardId: null,
        endorsedBy: [],
        status: e.status,
        measured: e.measured,
        progress: [],
        carriedFrom: e.from,
        seq,
      },
    },
  }),
};
