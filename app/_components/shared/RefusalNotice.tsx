"use client";

import type { ErrorBody } from "@/lib/protocol";
import { useT } from "@/lib/client/i18n";
import { button } from "./ui";

/** The last command the server refused, in its own words, until dismissed. */
export function RefusalNotice({ refused, onDismiss }: { refused: ErrorBody | null; onDismiss: () => void }) {
  const t = useT("common");
  if (!refused) return null;
  return (
    <div
      role="alert"
      className="flex items-start justify-between gap-3 rounded-lg border-2 border-danger bg-danger-soft p-3 text-ink"
    >
      <div>
        <p className="font-semibold">{t("refused")}</p>
        <p>{refused.message}</p>
        {refused.issues?.length ? (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {refused.issues.map((issue, i) => (
              <li key={i}>{issue.path ? `${issue.path}: ${issue.message}` : issue.message}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="button" className={button.quiet} onClick={onDismiss}>
        {t("dismiss")}
      </button>
    </div>
  );
}
