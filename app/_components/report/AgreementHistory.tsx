"use client";

import { useId, useState } from "react";
import type { ReportAgreement } from "@/lib/domain/report";
import { button } from "../shared/ui";
import { useLanguage, useT } from "@/lib/client/i18n";
import { STATUS, formatInstant } from "./labels";

/** Every follow-up update, newest first; folded away on screen, always on paper. */
export function AgreementHistory({ history }: { history: ReportAgreement["history"] }) {
  const t = useT("report");
  const a = useT("agreements");
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (history.length === 0) return null;
  return (
    <div className="space-y-2">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className={`${button.quiet} -ml-2 px-2 print:hidden`}
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span> {t("historyCount", { count: history.length })}
      </button>
      <p className="hidden font-semibold print:block">{t("history")}</p>
      <ol id={listId} className={`space-y-2 border-l-2 border-line pl-3 text-sm ${open ? "" : "hidden print:block"}`}>
        {[...history].reverse().map((entry, i) => (
          <li key={i}>
            <p>
              <time dateTime={entry.at} className="text-muted">
                {formatInstant(lang, entry.at)}
              </time>{" "}
              · <strong>{a(STATUS[entry.status].label)}</strong>
              {entry.measured ? <> · {t("measuredValue", { value: entry.measured })}</> : null}
            </p>
            {entry.note ? <p className="wrap-anywhere whitespace-pre-wrap">{entry.note}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
