import type { EventOf } from "../../events";
import type { AgreementKind, AgreementStatus } from "../../model";
import type { Phase } from "../../phases";
import type { AgreementFields } from "../agreements/schemas";

export interface CarriedAgreement {
  kind: AgreementKind;
  fields: AgreementFields;
  status: AgreementStatus;
  measured: string;
}

/**
 * The agreements of an earlier workshop, brought into a follow-up for review: each lands in the
 * first phase of the new agenda that takes its kind (agreements, or carry-over), with its status
 * and last measured value. They follow `workshop.created` (seq 1), so each is numbered after the
 * sequence number it will have, as every id is. Those with no such phase are left out.
 */
export function carryOver(
  agenda: readonly Phase[],
  agreements: readonly CarriedAgreement[],
  from: { code: string; title: string },
): EventOf<"agreement.carried">[] {
  const phaseFor = (kind: AgreementKind) => agenda.find((p) => p.kind === (kind === "agreement" ? "agreements" : "carry-over"));
  const placed = agreements.flatMap((a) => {
    const phase = phaseFor(a.kind);
    return phase ? [{ a, phaseId: phase.id }] : [];
  });
  return placed.map(({ a, phaseId }, i) => ({
    type: "agreement.carried",
    agreementId: `a${i + 2}`,
    phaseId,
    kind: a.kind,
    fields: a.fields,
    status: a.status,
    measured: a.measured,
    from,
  }));
}
