"use client";

import { useId } from "react";
import { useT } from "@/lib/client/i18n";
import { buttonLabel, SCALE } from "./scale";

/** One question on a phone: five big buttons, mine highlighted, "Sending…" until the server has it. */
export function PulseQuestion({
  number,
  text,
  value,
  sending,
  earlier,
  onAnswer,
}: {
  number: number;
  text: string;
  value: number | undefined;
  sending: boolean;
  /** My answer to the same question at the check-in, on a check-out. */
  earlier: number | undefined;
  onAnswer: (value: number) => void;
}) {
  const t = useT("pulse");
  const common = useT("common");
  const statusId = useId();
  return (
    <fieldset className="space-y-3 rounded-xl border border-line bg-surface p-4 shadow-sm" aria-describedby={statusId}>
      <legend className="sr-only">
        {t("question", { number, text })}
      </legend>
      <p aria-hidden="true" className="text-lg font-semibold text-pretty">
        <span className="text-muted">{number}. </span>
        {text}
      </p>
      <div className="grid grid-cols-5 gap-1.5">
        {SCALE.map((option) => {
          const chosen = value === option.value;
          return (
            <button
              key={option.value}
              type="button"
              aria-pressed={chosen}
              onClick={() => {
                if (!chosen) onAnswer(option.value);
              }}
              className={`flex min-h-20 flex-col items-center justify-start gap-0.5 rounded-lg border-2 px-0.5 py-2 font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${
                chosen ? "border-brand bg-brand text-white" : "border-line bg-surface text-ink hover:border-brand hover:bg-brand-soft"
              }`}
            >
              {/* No aria-label: the button is named by what it shows, "1 not at all" (WCAG 2.5.3). */}
              <span className="text-2xl leading-none tabular-nums">{option.value}</span>
              <span className="max-w-full text-center text-xs leading-tight font-normal">{buttonLabel(option, t)}</span>
            </button>
          );
        })}
      </div>
      <p id={statusId} aria-live="polite" className="min-h-6 text-sm text-muted">
        {sending ? common("sending") : earlier !== undefined ? t("earlier", { value: earlier }) : ""}
      </p>
    </fieldset>
  );
}
