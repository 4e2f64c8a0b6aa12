"use client";

import { useEffect, useState } from "react";
import { isJoinCode } from "@/lib/domain";
import { forgetReportLink, linkSecret, reportCredential, withoutLinkSecret, type ReportCredential } from "@/lib/client/report";
import { useExplain, useT } from "@/lib/client/i18n";
import { browserStorage } from "@/lib/client/storage";
import { useLocationHash } from "../shared/clientOnly";
import { MessagePage } from "../shared/MessagePage";
import { button } from "../shared/ui";
import { ReportView } from "./ReportView";
import { useReport } from "./useReport";

/**
 * The report page: find the token to ask with (a link's secret, else what this browser already
 * holds for the workshop), load the report, and say plainly what to do when it cannot be opened.
 */
export function ReportApp({ code }: { code: string }) {
  const t = useT("report");
  const explain = useExplain();
  const credential = useReportCredential(code);
  const { load, refresh, replaceAgreement } = useReport(code, credential?.token ?? null);

  // The secret leaves the address bar (and so the history, a screenshot, a copied address) once read.
  const hash = useLocationHash();
  useEffect(() => {
    if (hash && linkSecret(hash)) window.history.replaceState(window.history.state, "", withoutLinkSecret(window.location.href));
  }, [hash]);

  // A link kept from an earlier visit that no longer opens this report makes way for the others.
  const refused = load.status === "failed" && (load.failure.status === 401 || load.failure.status === 403);
  useEffect(() => {
    if (refused && (credential?.source === "share" || credential?.source === "edit")) forgetReportLink(browserStorage(), code);
  }, [refused, credential, code]);

  if (!isJoinCode(code)) return <MessagePage title={t("noWorkshop", { code })} />;
  if (credential === undefined || (credential !== null && load.status === "loading")) {
    return (
      <main className="px-5 py-10">
        <p role="status" className="text-lg text-muted">
          {t("opening")}
        </p>
      </main>
    );
  }
  if (credential === null) {
    return (
      <MessagePage title={t("needsLink")}>
        <p>{t("needsLinkBody", { code })}</p>
      </MessagePage>
    );
  }
  if (load.status === "failed") {
    const { failure } = load;
    if (failure.status === 404) return <MessagePage title={t("noWorkshop", { code })} />;
    if (refused) {
      return (
        <MessagePage title={t("linkRefused")}>
          <p>{explain.error(failure)}</p>
          <p>{t("linkRefusedHint")}</p>
        </MessagePage>
      );
    }
    return (
      <MessagePage title={t("cannotLoad")}>
        <p>{explain.error(failure)}</p>
        <button type="button" className={button.primary} onClick={refresh}>
          {t("tryAgain")}
        </button>
      </MessagePage>
    );
  }
  if (load.status !== "ready") return null;
  return (
    <ReportView
      code={code}
      token={credential.token}
      data={load.data}
      onSaved={(agreement) => {
        replaceAgreement(agreement);
        refresh();
      }}
    />
  );
}

/**
 * The credential, worked out once the browser's address is known (`undefined` before that), and
 * kept: removing the secret from the address, or jumping to a section, changes nothing. Only a
 * new link's secret (pasted into this tab) replaces it.
 */
function useReportCredential(code: string): ReportCredential | null | undefined {
  const hash = useLocationHash();
  const [resolved, setResolved] = useState<{ hash: string; credential: ReportCredential | null } | null>(null);
  const fresh = hash !== null && (resolved === null || (linkSecret(hash) !== null && hash !== resolved.hash));
  if (fresh && isJoinCode(code)) {
    // Adjusting state while rendering, as React recommends for values derived from a changing input.
    setResolved({ hash, credential: reportCredential(browserStorage(), code, hash) });
  }
  return resolved?.credential;
}
