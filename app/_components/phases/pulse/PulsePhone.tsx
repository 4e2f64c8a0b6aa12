"use client";

import { useT } from "@/lib/client/i18n";
import { pendingWish } from "../../controls/pendingWish";
import type { Ballot } from "@/lib/domain";
import type { PhonePhaseProps } from "../types";
import { PulseQuestion } from "./PulseQuestion";

/** questionId → my answer, without the team it is counted for. */
function answerValues(answers: Record<string, Ballot<number>> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(answers ?? {}).map(([questionId, answer]) => [questionId, answer.value]));
}

/** The pulse on a phone: each question with the 1–5 buttons; answers can change until the room moves on. */
export function PulsePhone({ state, phase, me, pending, send }: PhonePhaseProps<"pulse">) {
  const t = useT("pulse");
  const saved = answerValues(state.pulseAnswers[phase.id]?.[me.id]);
  const pairedWith = phase.options.pairedWith;
  const earlier = pairedWith ? answerValues(state.pulseAnswers[pairedWith]?.[me.id]) : undefined;
  const questions = phase.options.questions.map((question) => {
    const wish = pendingWish(pending, "pulse.answer", (c) => (c.phaseId === phase.id && c.questionId === question.id ? c.value : undefined));
    return { question, wish, value: wish ?? saved[question.id] };
  });
  const answered = questions.filter((q) => q.value !== undefined).length;

  return (
    <section aria-label={t("yourAnswers")} className="space-y-4">
      {questions.map(({ question, wish, value }, i) => (
        <PulseQuestion
          key={question.id}
          number={i + 1}
          text={question.text}
          value={value}
          sending={wish !== undefined && wish !== saved[question.id]}
          earlier={earlier?.[question.id]}
          onAnswer={(next) => send({ type: "pulse.answer", phaseId: phase.id, questionId: question.id, value: next })}
        />
      ))}
      <p aria-live="polite" className="text-center text-muted">
        {state.endedAt !== null
          ? t("answeredEnded", { answered, total: questions.length })
          : answered === questions.length
            ? t("thanks")
            : t("answeredSoFar", { answered, total: questions.length })}
      </p>
    </section>
  );
}
