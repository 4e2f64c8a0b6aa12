"use client";

import type { ErrorBody } from "@/lib/protocol";
import { button } from "./ui";

/** The last command the server refused, in its own words, until dismissed. */
export function RefusalNotice({ refused, onDismiss }: { refused: ErrorBody | null; onDismiss: () => void }) {
  if (!refused) return null;
  return (
    <div
      role="alert"
      className="flex items-start justify-between gap-3 rounded-lg border-2 border-danger bg-danger-soft p-3 text-ink"
    >
      <div>
        <p className="font-semibold">That didn&apos;t go through.</p>
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
        Dismiss
      </button>
    </div>
  );
}
