"use client";

import { useState } from "react";
import type { ReportAgreement } from "@/lib/domain/report";
import { ApiFailure } from "@/lib/client/api";
import { useExplain, useT } from "@/lib/client/i18n";
import { reportApi } from "@/lib/client/reportApi";
import { CopyField } from "../shared/CopyField";
import { button } from "../shared/ui";

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "made"; url: string } | { kind: "failed"; message: string };

/**
 * The facilitator makes a link for an agreement's owner: it opens this report and lets them
 * update that one agreement. The server keeps only its hash, so it is shown once; another press
 * makes another.
 */
export function OwnersLink({ code, token, agreement }: { code: string; token: string; agreement: ReportAgreement }) {
  const t = useT("report");
  const explain = useExplain();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function make() {
    setStatus({ kind: "busy" });
    try {
      setStatus({ kind: "made", url: (await reportApi.editLink(code, token, agreement.id)).editUrl });
    } catch (err) {
      setStatus({ kind: "failed", message: err instanceof ApiFailure ? explain.error(err) : t("somethingWrong") });
    }
  }

  // Laid out by its parent's row: the button beside "Update progress", what it made on a row below.
  return (
    <>
      <button
        type="button"
        onClick={make}
        disabled={status.kind === "busy"}
        className={status.kind === "made" ? button.quiet : button.secondary}
      >
        {status.kind === "busy" ? t("making") : status.kind === "made" ? t("makeAnotherOwner") : t("ownersLink")}
      </button>
      {status.kind === "made" ? (
        <div className="basis-full space-y-2">
          <p className="text-sm">{t("sendTo", { name: agreement.ownerName })}</p>
          <CopyField label={t("ownersLinkFor", { what: agreement.what })} value={status.url} />
        </div>
      ) : null}
      {status.kind === "failed" ? (
        <p role="alert" className="basis-full font-semibold text-danger">
          {status.message}
        </p>
      ) : null}
    </>
  );
}
