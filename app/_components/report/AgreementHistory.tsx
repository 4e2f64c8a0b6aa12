"use client";

import { useId, useState } from "react";
import type { ReportAgreement } from "@/lib/domain/report";
import { button } from "../shared/ui";
import { STATUS, formatInstant } from "./labels";

/** Every follow-up update, newest first; folded away on screen, always on paper. */
export function AgreementHistory({ history }: { history: ReportAgreement["history"] }) {
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
        <span aria-hidden="true">{open ? "▾" : "▸"}</span> History ({history.length})
      </button>
      <p className="hidden font-semibold print:block">History</p>
      <ol id={listId} className={`space-y-2 border-l-2 border-line pl-3 text-sm ${open ? "" : "hidden print:block"}`}>
        {[...history].reverse().map((entry, i) => (
          <li key={i}>
            <p>
              <time dateTime={entry.at} className="text-muted">
                {formatInstant(entry.at)}
              </time>{" "}
              · <strong>{STATUS[entry.status].label}</strong>
              {entry.measured ? <> · measured {entry.measured}</> : null}
            </p>
            {entry.note ? <p className="wrap-anywhere whitespace-pre-wrap">{entry.note}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
