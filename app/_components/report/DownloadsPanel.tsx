"use client";

import { useState } from "react";
import { ApiFailure } from "@/lib/client/api";
import { useLanguage, useExplain, useT } from "@/lib/client/i18n";
import { download, type DownloadKind } from "@/lib/client/reportApi";
import { button, panel } from "../shared/ui";

const AGREEMENT_FILES = [
  { kind: "pdf", label: "filePdf" },
  { kind: "csv", label: "fileCsv" },
  { kind: "md", label: "fileMd" },
  { kind: "ics", label: "fileIcs" },
] as const;

/**
 * The agreements as files, for everyone who may read the report; the whole workshop as JSON for
 * the facilitator (to start a follow-up from it). Fetched with the bearer header, which a plain
 * link could not carry, then saved under the server's file name.
 */
export function DownloadsPanel({ code, token, facilitator }: { code: string; token: string; facilitator: boolean }) {
  const t = useT("report");
  const explain = useExplain();
  const lang = useLanguage();
  const [busy, setBusy] = useState<DownloadKind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function get(kind: DownloadKind) {
    setBusy(kind);
    setFailure(null);
    try {
      await download(code, token, kind, lang);
    } catch (err) {
      setFailure(err instanceof ApiFailure ? explain.error(err) : t("downloadFailed"));
    } finally {
      setBusy(null);
    }
  }

  const fileButton = (kind: DownloadKind, label: string) => (
    <button key={kind} type="button" disabled={busy !== null} onClick={() => get(kind)} className={`${button.secondary} text-center leading-tight`}>
      {busy === kind ? t("preparing") : label}
    </button>
  );

  return (
    <section id="downloads" aria-labelledby="downloads-heading" className={`${panel} scroll-mt-4 space-y-3 print:hidden`}>
      <div>
        <h2 id="downloads-heading" className="text-lg font-bold">
          {t("downloads")}
        </h2>
        <p className="text-sm text-muted">{t("downloadsHint")}</p>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">{AGREEMENT_FILES.map((f) => fileButton(f.kind, t(f.label)))}</div>
      {facilitator ? (
        <div className="space-y-1 border-t border-line pt-3">
          {fileButton("json", t("fileJson"))}
          <p className="text-sm text-muted">{t("fileJsonHint")}</p>
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className="rounded-lg border-2 border-danger bg-danger-soft p-2 font-semibold">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
