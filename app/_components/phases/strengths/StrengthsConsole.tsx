"use client";

import { useT } from "@/lib/client/i18n";
import { awaitingReveal, strengthsWall } from "@/lib/domain/features/perspective/selectors";
import { useSourceTitle } from "../mirror/source";
import { AwaitingRevealConsole } from "../perspective/AwaitingReveal";
import type { ConsolePhaseProps } from "../types";
import { StrengthsList } from "./StrengthsList";

/** The strengths wall on the console, compact; the Reveal if the cards are still private. */
export function StrengthsConsole({ state, phase, pending, send }: ConsolePhaseProps<"strengths">) {
  const t = useT("strengths");
  const sourceTitle = useSourceTitle(state, phase);
  const source = phase.options.sourcePhaseId;
  const teams = strengthsWall(state, source);
  const total = teams.reduce((n, t) => n + t.cards.length, 0);
  return (
    <div className="space-y-3">
      {awaitingReveal(state, source) ? (
        <AwaitingRevealConsole sourceTitle={sourceTitle} sourcePhaseId={source} pending={pending} send={send} />
      ) : null}
      <h3 className="text-lg font-bold">
        {t("allStrengths")} <span className="font-normal text-muted">({total})</span>
      </h3>
      <StrengthsList state={state} teams={teams} size="console" />
    </div>
  );
}
