"use client";

import { useT } from "@/lib/client/i18n";

/**
 * "I'm in": one big toggle per agreement. It shows what was asked for at once; until the server
 * confirms, "Sending…" says the tap was not lost.
 */
export function EndorseToggle({
  endorsed,
  count,
  sending,
  disabledReason,
  onToggle,
}: {
  endorsed: boolean;
  count: number;
  sending: boolean;
  /** Why endorsing is not possible now (locked, ended), or null. */
  disabledReason: string | null;
  onToggle: (endorsed: boolean) => void;
}) {
  const t = useT("agreements");
  return (
    <div className="space-y-1">
      <button
        type="button"
        aria-pressed={endorsed}
        disabled={disabledReason !== null}
        onClick={() => onToggle(!endorsed)}
        className={`inline-flex min-h-14 w-full items-center justify-center gap-2 rounded-xl border-2 px-4 text-xl font-bold transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${
          endorsed ? "border-ok bg-ok text-white" : "border-brand bg-surface text-brand hover:bg-brand-soft"
        }`}
      >
        {endorsed ? (
          <>
            <span aria-hidden="true">✓</span> {t("imIn")}
          </>
        ) : (
          t("imIn")
        )}
      </button>
      <p aria-live="polite" className="flex flex-wrap justify-between gap-x-3 text-base">
        <span className="font-semibold tabular-nums">{t("peopleIn", { count })}</span>
        <span className="text-muted">
          {sending ? t("sending") : disabledReason ?? (endorsed ? t("tapAgain") : "")}
        </span>
      </p>
    </div>
  );
}
