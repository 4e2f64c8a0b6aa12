import type { Agreement } from "../../model";
import type { AgreementFields } from "./schemas";

/** The part of an agreement the facilitator fills in, as the form and the commands carry it. */
export function fieldsOf(agreement: Agreement): AgreementFields {
  return {
    what: agreement.what,
    ownerTeamId: agreement.ownerTeamId,
    ownerName: agreement.ownerName,
    buddyTeamId: agreement.buddyTeamId,
    buddyName: agreement.buddyName,
    dueDate: agreement.dueDate,
    reviewDate: agreement.reviewDate,
    metric: { ...agreement.metric },
    legalCheck: { ...agreement.legalCheck },
  };
}

/** Whether two sets of fields say the same thing (a save without changes is not an event). */
export function sameFields(a: AgreementFields, b: AgreementFields): boolean {
  return (
    a.what === b.what &&
    a.ownerTeamId === b.ownerTeamId &&
    a.ownerName === b.ownerName &&
    a.buddyTeamId === b.buddyTeamId &&
    a.buddyName === b.buddyName &&
    a.dueDate === b.dueDate &&
    a.reviewDate === b.reviewDate &&
    a.metric.name === b.metric.name &&
    a.metric.baseline === b.metric.baseline &&
    a.metric.target === b.metric.target &&
    a.legalCheck.needed === b.legalCheck.needed &&
    a.legalCheck.note === b.legalCheck.note
  );
}
