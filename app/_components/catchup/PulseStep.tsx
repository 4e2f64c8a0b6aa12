"use client";

import { useT } from "@/lib/client/i18n";
import { useDraft } from "@/lib/client/useDraft";
import { SendButton } from "./SendButton";
import { restorePulse, type PulseDraft } from "./stepDrafts";
import type { StepProps } from "./stepProps";

const NONE: PulseDraft = {};

const SCALE = [1, 2, 3, 4, 5] as const;

/** The check-in or check-out: every question on a 1–5 scale of big buttons. */
export function PulseStep({ view, busy, draftKey, onSend }: StepProps<"pulse">) {
  const t = useT("pulse");
  const [answers, setAnswers] = useDraft(draftKey, NONE, (stored) => restorePulse(stored, view.questions.map((q) => q.id)));
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
