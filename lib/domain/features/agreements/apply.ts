import type { Appliers } from "../../feature";
import type { Agreement, WorkshopState } from "../../model";

type AgreementEvent = "agreement.created" | "agreement.updated" | "agreement.deleted" | "agreement.endorsed";

function patchAgreement(state: WorkshopState, agreementId: string, patch: (a: Agreement) => Partial<Agreement>): WorkshopState {
  const agreement = state.agreements[agreementId];
  if (!agreement) return state;
  return { ...state, agreements: { ...state.agreements, [agreementId]: { ...agreement, ...patch(agreement) } } };
}

export const agreementAppliers: Appliers<AgreementEvent> = {
  "agreement.created": (state, e, { seq }) => ({
    ...state,
    agreements: {
      ...state.agreements,
      [e.agreementId]: {
        id: e.agreementId,
        phaseId: e.phaseId,
        kind: e.kind,
        ...e.fields,
        fromCardId: e.fromCardId,
        endorsedBy: [],
        status: "not-started",
        measured: "",
        progress: [],
        carriedFrom: null,
        seq,
      },
    },
  }),
  "agreement.updated": (state, e) => patchAgreement(state, e.agreementId, () => ({ ...e.fields })),
  "agreement.deleted"(state, e) {
    const { [e.agreementId]: _deleted, ...rest } = state.agreements;
    return { ...state, agreements: rest };
  },
  "agreement.endorsed": (state, e) =>
    patchAgreement(state, e.agreementId, ({ endorsedBy }) => {
      if (!e.endorsed) return { endorsedBy: endorsedBy.filter((id) => id !== e.participantId) };
      // In endorsement order: whoever comes back in after taking it back goes to the end.
      return { endorsedBy: endorsedBy.includes(e.participantId) ? endorsedBy : [...endorsedBy, e.participantId] };
    }),
};
