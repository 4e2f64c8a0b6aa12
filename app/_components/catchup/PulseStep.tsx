"use client";

import { useState } from "react";
import { useT } from "@/lib/client/i18n";
import type { StepProps } from "./stepProps";
import { SendButton } from "./SendButton";

const SCALE = [1, 2, 3, 4, 5] as const;

/** The check-in or check-out: every question on a 1–5 scale of big buttons. */
export function PulseStep({ view, busy, onSend }: StepProps<"pulse">) {
  const t = useT("pulse");
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const labels = [t("scale1"), t("scale2"), t("scale3"), t("scale4"), t("scale5")];
  return (
    <div className="space-y-6">
      {view.questions.map((q) => (
        <fieldset key={q.id} className="space-y-2">
          <legend className="font-semibold wrap-anywhere">{q.text}</legend>
          <div className="grid grid-cols-5 gap-1">
            {SCALE.map((n) => (
              <button
                key={n}
                type="button"
                aria-pressed={answers[q.id] === n}
                aria-label={`${n}: ${labels[n - 1]}`}
                onClick={() => setAnswers({ ...answers, [q.id]: n })}
                className="min-h-12 rounded-lg border-2 border-line text-lg font-bold aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white"
              >
                {n}
              </button>
            ))}
          </div>
          <div className="flex justify-between text-sm text-muted">
            <span>{labels[0]}</span>
            <span>{labels[4]}</span>
          </div>
        </fieldset>
      ))}
      <SendButton busy={busy} disabled={view.questions.some((q) => !answers[q.id])} onClick={() => onSend({ kind: "pulse", answers })} />
    </div>
  );
}
