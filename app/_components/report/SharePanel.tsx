"use client";

import { useState } from "react";
import { ApiFailure } from "@/lib/client/api";
import { useLanguage, useExplain, useT } from "@/lib/client/i18n";
import { reportApi } from "@/lib/client/reportApi";
import { browserStorage, readJson } from "@/lib/client/storage";
import { CopyField } from "../shared/CopyField";
import { button, panel } from "../shared/ui";
import { formatInstant } from "./labels";

type Made = { url: string; at: string };

const lastShareKey = (code: string) => `onside:share-link:${code}`;

function lastShareLink(code: string): Made | null {
  const made = readJson<Partial<Made> | null>(browserStorage(), lastShareKey(code), null);
  return made && typeof made.url === "string" && typeof made.at === "string" ? { url: made.url, at: made.at } : null;
}

/**
 * A read-only link to this report for colleagues and managers who weren't there. The server
 * keeps only its hash, so each press makes a new one; the last one made here is kept in this
 * browser so the facilitator finds it again.
 */
export function SharePanel({ code, token }: { code: string; token: string }) {
  const t = useT("report");
  const explain = useExplain();
  const lang = useLanguage();
  // Rendered only in the browser, once the report came: storage can be read right away.
  const [made, setMade] = useState<Made | null>(() => lastShareLink(code));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function make() {
    setBusy(true);
    setFailure(null);
    try {
      const link: Made = { url: (await reportApi.share(code, token)).shareUrl, at: new Date().toISOString() };
      browserStorage().set(lastShareKey(code), JSON.stringify(link));
      setMade(link);
    } catch (err) {
      setFailure(err instanceof ApiFailure ? explain.error(err) : t("somethingWrong"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="share-heading" className={`${panel} space-y-3 print:hidden`}>
      <div>
        <h2 id="share-heading" className="text-lg font-bold">
          {t("share")}
        </h2>
        <p className="text-sm text-muted">{t("shareHint")}</p>
      </div>
      {made ? (
        <div className="space-y-1">
          <p className="text-sm">
            {t("lastShare", { time: formatInstant(lang, made.at) })}
          </p>
          <CopyField label={t("shareLink")} value={made.url} />
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className="font-semibold text-danger">
          {failure}
        </p>
      ) : null}
      <button type="button" disabled={busy} onClick={make} className={made ? button.quiet : button.secondary}>
        {busy ? t("making") : made ? t("makeNewShare") : t("makeShare")}
      </button>
    </section>
  );
}
