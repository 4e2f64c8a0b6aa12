"use client";

import { controlOf, type PhaseOf } from "@/lib/domain";
import { agreementsOf, endorsementCount } from "@/lib/domain/features/agreements/selectors";
import type { PhonePhaseProps } from "../types";
import { AgreementCard } from "./AgreementCard";
import { useT } from "@/lib/client/i18n";
import { useAgreementCopy, type AgreementPhaseKind } from "./copy";
import { EndorseToggle } from "./EndorseToggle";
import { pendingAgreementWork } from "./pending";
import { ReportLink } from "../../report/ReportLink";

/** The agreements of the phase on a phone: read them, and say "I'm in". */
export function PhoneAgreements<K extends AgreementPhaseKind>(props: PhonePhaseProps<K>) {
  const t = useT("agreements");
  return (
    <>
      <AgreementList {...props} />
      {/* After the end the ended notice at the top links there already. */}
      {props.state.endedAt === null ? (
        <div className="space-y-2 text-muted">
          <p>{t("everyAgreement")}</p>
          <ReportLink code={props.code} />
        </div>
      ) : null}
    </>
  );
}

function AgreementList<K extends AgreementPhaseKind>({ state, me, pending, send, phase: ofKind }: PhonePhaseProps<K>) {
  // Generic so one component serves both kinds; inside, either kind will do.
  const phase: PhaseOf<AgreementPhaseKind> = ofKind;
  const t = useT("agreements");
  const copy = useAgreementCopy(phase.kind);
  const agreements = agreementsOf(state, phase.id);
  const work = pendingAgreementWork(pending, phase.id);
  const closed =
    state.endedAt !== null ? t("workshopEnded") : controlOf(state, phase.id).locked ? t("lockedForNow") : null;

  if (agreements.length === 0) return <p className="text-lg text-muted">{copy.emptyPhone}</p>;

  return (
    <ul aria-live="polite" className="space-y-4">
      {agreements.map((agreement) => {
        const confirmed = agreement.endorsedBy.includes(me.id);
        const wanted = work.endorse.get(agreement.id);
        const endorsed = wanted ?? confirmed;
        // The count follows the tap at once, like the toggle.
        const count = endorsementCount(state, agreement) + (endorsed === confirmed ? 0 : endorsed ? 1 : -1);
        const spotlit = state.spotlight?.kind === "agreement" && state.spotlight.id === agreement.id;
        return (
          <li key={agreement.id}>
            <AgreementCard state={state} agreement={agreement} size="phone" highlighted={spotlit} status={spotlit ? t("onScreen") : undefined}>
              <EndorseToggle
                endorsed={endorsed}
                count={count}
                sending={wanted !== undefined}
                disabledReason={closed}
                onToggle={(next) => send({ type: "agreement.endorse", agreementId: agreement.id, endorsed: next })}
              />
            </AgreementCard>
          </li>
        );
      })}
    </ul>
  );
}
