"use client";

import { awaitingReveal, strengthsWall } from "@/lib/domain/features/perspective/selectors";
import { AwaitingReveal } from "../perspective/AwaitingReveal";
import { useSourceTitle } from "../mirror/source";
import type { PhonePhaseProps } from "../types";
import { StrengthsList } from "./StrengthsList";
import { useWallQuestion } from "./question";

/** The strengths wall on a phone: read-only, by the team the strength belongs to. */
export function StrengthsPhone({ state, phase }: PhonePhaseProps<"strengths">) {
  const sourceTitle = useSourceTitle(state, phase);
  const question = useWallQuestion(phase);
  const source = phase.options.sourcePhaseId;
  if (awaitingReveal(state, source)) return <AwaitingReveal sourceTitle={sourceTitle} size="phone" />;
  return (
    <div className="space-y-4">
      {question ? <p className="text-xl font-semibold">{question}</p> : null}
      <StrengthsList state={state} teams={strengthsWall(state, source)} size="phone" />
    </div>
  );
}
