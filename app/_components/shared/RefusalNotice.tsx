"use client";

import type { ErrorBody } from "@/lib/protocol";
import { useExplain, useT } from "@/lib/client/i18n";
import { button } from "./ui";

/** The last command the server refused, in the page's language, until dismissed. */
export function RefusalNotice({ refused, onDismiss }: { refused: ErrorBody | null; onDismiss: () => void }) {
  const t = useT("common");
  const explain = useExplain();
  if (!refused) return null;
  return (
    <div
      role="alert"
      className="flex items-start justify-between gap-3 rounded-lg border-2 border-danger bg-danger-soft p-3 text-ink"
    >
      <div>
        <p className="font-semibold">{t("refused")}</p>
        <p>{explain.error(refused)}</p>
        {refused.issues?.length ? (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {refused.issues.map((issue, i) => (
              <li key={i}>{explain.issue(issue)}</li>
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
