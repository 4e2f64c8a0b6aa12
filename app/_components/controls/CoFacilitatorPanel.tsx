"use client";

import { useState } from "react";
import { ApiFailure, request } from "@/lib/client/api";
import { useExplain, useT, type Explain } from "@/lib/client/i18n";
import type { CoFacilitatorLink } from "@/lib/protocol";
import { CopyField } from "../shared/CopyField";
import { button, panel } from "../shared/ui";

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "made"; url: string } | { kind: "failed"; message: string };

/**
 * A link for a second facilitator on another laptop. Each press makes a new one (the server
 * keeps only its hash), so it is shown here once; a lost link is replaced by making another.
 */
export function CoFacilitatorPanel({ code, token }: { code: string; token: string }) {
  const t = useT("common");
  const explain = useExplain();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function create() {
    setStatus({ kind: "busy" });
    setStatus(await requestLink(code, token, explain));
  }

  return (
    <section aria-labelledby="cofacilitator-heading" className={`${panel} space-y-2`}>
      <h2 id="cofacilitator-heading" className="text-lg font-bold">
        {t("coLink")}
      </h2>
      <p className="text-sm text-muted">{t("coLinkHint")}</p>
      {status.kind === "made" ? <CopyField label={t("coLink")} value={status.url} /> : null}
      {status.kind === "failed" ? (
        <p role="alert" className="font-semibold text-danger">
          {status.message}
        </p>
      ) : null}
      <button type="button" className={status.kind === "made" ? button.quiet : button.secondary} disabled={status.kind === "busy"} onClick={create}>
        {status.kind === "busy" ? t("creating") : status.kind === "made" ? t("createAnotherLink") : t("createLink")}
      </button>
      {status.kind === "made" ? (
        <p className="text-sm text-muted">
          <strong className="text-ink">{t("keepSecret")}</strong> {t("keepSecretHint")}
        </p>
      ) : null}
    </section>
  );
}

async function requestLink(code: string, token: string, explain: Explain): Promise<Status> {
  try {
    const link = await request<CoFacilitatorLink>(`/api/workshops/${encodeURIComponent(code)}/cofacilitators`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    });
    return { kind: "made", url: link.facilitatorUrl };
  } catch (err) {
    return { kind: "failed", message: explain.error(err instanceof ApiFailure ? err : { message: String(err) }) };
  }
}
