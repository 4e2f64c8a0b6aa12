"use client";

import { useCallback, useEffect, useState } from "react";
import type { ReportAgreement } from "@/lib/domain/report";
import type { ReportResponse } from "@/lib/protocol";
import { ApiFailure } from "@/lib/client/api";
import { useT } from "@/lib/client/i18n";
import { reportApi } from "@/lib/client/reportApi";

export type ReportLoad =
  | { status: "loading" }
  | { status: "ready"; data: ReportResponse }
  | { status: "failed"; failure: ApiFailure };

/**
 * The report, asked for with `token`. `refresh` asks again without blanking what is shown (a
 * failed refresh keeps it); `replaceAgreement` shows a saved update at once, before the refresh.
 */
export function useReport(
  code: string,
  token: string | null,
): { load: ReportLoad; refresh: () => void; replaceAgreement: (a: ReportAgreement) => void } {
  const t = useT("report");
  const somethingWrong = t("somethingWrong");
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ token: string; load: ReportLoad } | null>(null);

  useEffect(() => {
    if (!token) return;
    let live = true;
    reportApi.report(code, token).then(
      (data) => live && setResult({ token, load: { status: "ready", data } }),
      (err: unknown) => {
        if (!live) return;
        const failure = err instanceof ApiFailure ? err : new ApiFailure(0, { message: somethingWrong });
        setResult((prev) => (prev?.token === token && prev.load.status === "ready" ? prev : { token, load: { status: "failed", failure } }));
      },
    );
    return () => {
      live = false;
    };
  }, [code, token, attempt, somethingWrong]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const replaceAgreement = useCallback((agreement: ReportAgreement) => {
    setResult((prev) => {
      if (prev?.load.status !== "ready") return prev;
      const { data } = prev.load;
      const agreements = data.report.agreements.map((a) => (a.id === agreement.id ? agreement : a));
      return { ...prev, load: { status: "ready", data: { ...data, report: { ...data.report, agreements } } } };
    });
  }, []);

  const load: ReportLoad = result && result.token === token ? result.load : { status: "loading" };
  return { load, refresh, replaceAgreement };
}
