"use client";

import { useLanguage, useT } from "@/lib/client/i18n";
import { pulseSummary } from "@/lib/domain/features/pulse/summary";
import type { ScreenPhaseProps } from "../types";
import { PulseBars } from "./PulseBars";
import { ShiftText, TeamMeans } from "./TeamMeans";
import { formatMean } from "./scale";

/** The pulse on the projector: per question the room's answers as bars, the teams' averages, and the shift. */
export function PulseScreen({ state, phase }: ScreenPhaseProps<"pulse">) {
  const t = useT("pulse");
  const lang = useLanguage();
  const questions = pulseSummary(state, phase);
  return (
    <div
      tabIndex={0}
      className="grid min-h-0 flex-1 auto-rows-min gap-[2vw] overflow-y-auto"
      style={{ gridTemplateColumns: `repeat(${Math.min(2, questions.length)}, minmax(0, 1fr))` }}
    >
      {questions.map(({ question, overall, teams, shift }) => (
        <section key={question.id} aria-label={question.text} className="space-y-[1.5vh] rounded-2xl bg-surface px-[1.5vw] py-[2vh] shadow-sm">
          <h3 className="text-[clamp(1.2rem,2vw,2.5rem)] leading-tight font-bold text-balance">{question.text}</h3>
          <p className="text-[clamp(1.1rem,1.8vw,2.25rem)]">
            {shift ? (
              <>
                {t("everyone")} <ShiftText shift={shift} />
              </>
            ) : (
              <>
                {t("averageTitle")} <span className="font-bold tabular-nums">{formatMean(overall.mean, lang)}</span>
              </>
            )}{" "}
            <span className="text-muted">
              · {t("answers", { count: overall.count })}
            </span>
          </p>
          <PulseBars distribution={overall.distribution} size="screen" />
          <TeamMeans state={state} teams={teams} size="screen" />
        </section>
      ))}
    </div>
  );
}
