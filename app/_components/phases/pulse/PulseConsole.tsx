"use client";

import { useLanguage, useT } from "@/lib/client/i18n";
import { activeCount, pulseSummary } from "@/lib/domain/features/pulse/summary";
import type { ConsolePhaseProps } from "../types";
import { PulseBars } from "./PulseBars";
import { ShiftText, TeamMeans } from "./TeamMeans";
import { formatMean } from "./scale";

/** The pulse on the console: the same results, compact, with how many have answered each question. */
export function PulseConsole({ state, phase }: ConsolePhaseProps<"pulse">) {
  const t = useT("pulse");
  const lang = useLanguage();
  const questions = pulseSummary(state, phase);
  const people = activeCount(state);
  return (
    // Side by side only where the console's middle column has room for both (not the window's width).
    <div className="@container">
      <div className="grid gap-4 @3xl:grid-cols-2">
        {questions.map(({ question, overall, teams, shift }) => (
          <section key={question.id} aria-label={question.text} className="space-y-2 rounded-lg border border-line p-3">
            <h3 className="font-semibold text-pretty">{question.text}</h3>
            <p aria-live="polite" className="text-sm">
              <span className="font-bold tabular-nums">
                {t("ofPeople", { count: overall.count, people })}
              </span>{" "}
              {t("answered")} ·{" "}
              {shift ? (
                <ShiftText shift={shift} />
              ) : (
                <>
                  {t("average")} <span className="font-bold tabular-nums">{formatMean(overall.mean, lang)}</span>
                </>
              )}
            </p>
            <PulseBars distribution={overall.distribution} size="console" />
            <TeamMeans state={state} teams={teams} size="console" />
          </section>
        ))}
      </div>
    </div>
  );
}
