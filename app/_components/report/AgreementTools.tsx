"use client";

import { useId, useState } from "react";
import type { ReportAgreement } from "@/lib/domain/report";
import type { ReportReader } from "@/lib/protocol";
import { useT } from "@/lib/client/i18n";
import { button } from "../shared/ui";
import { OwnerCatchUp } from "./OwnerCatchUp";
import { OwnersLink } from "./OwnersLink";
import { ProgressForm } from "./ProgressForm";

/** Whether this reader may do anything with an agreement (else it is only read). */
export function mayFollowUp(you: ReportReader, agreementId: string): boolean {
  return you.role === "facilitator" || (you.role === "owner" && you.agreementId === agreementId);
}

/**
 * What this reader may do with an agreement: the facilitator updates any (folded away, as there
 * may be many) and makes owners' links; an owner updates theirs (open, it is why they came).
 */
export function AgreementTools({
  code,
  token,
  you,
  agreement,
  teams,
  onSaved,
}: {
  code: string;
  token: string;
  you: ReportReader;
  agreement: ReportAgreement;
  /** The workshop's teams, to name the team of whoever raised a concern. */
  teams: readonly { id: string; name: string }[];
  onSaved: (agreement: ReportAgreement) => void;
}) {
  const t = useT("report");
  const facilitator = you.role === "facilitator";
  const owner = you.role === "owner" && you.agreementId === agreement.id;
  const [open, setOpen] = useState(owner);
  const formId = useId();

  return (
    <>
      {owner ? <p className="font-semibold text-brand">{t("yourAgreement")}</p> : null}
      {owner ? <OwnerCatchUp code={code} token={token} agreementId={agreement.id} teams={teams} /> : null}
      {facilitator ? (
        // The two buttons side by side where they fit; a made owner's link opens on a row of its own.
        <div className="flex flex-wrap items-start gap-2">
          <button type="button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)} className={button.secondary}>
            {open ? t("closeUpdate") : t("updateProgress")}
          </button>
          <OwnersLink code={code} token={token} agreement={agreement} />
        </div>
      ) : null}
      <div id={formId} hidden={!open}>
        {open ? <ProgressForm code={code} token={token} agreement={agreement} onSaved={onSaved} /> : null}
      </div>
    </>
  );
}
