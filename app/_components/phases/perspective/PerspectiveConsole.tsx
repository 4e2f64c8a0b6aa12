"use client";

import { useState } from "react";
import { useT } from "@/lib/client/i18n";
import { controlOf, teamName, type WorkshopState } from "@/lib/domain";
import { isPrivateNow } from "@/lib/domain/features/cards/visibility";
import { perspectiveProgress } from "@/lib/domain/features/perspective/selectors";
import { teamColor } from "../../shared/teamColor";
import { button } from "../../shared/ui";
import type { ConsolePhaseProps } from "../types";
import { PerspectiveBoard } from "./PerspectiveBoard";
import { RevealButton } from "./RevealButton";

/**
 * "In their shoes" on the console: who writes as which team, how many cards each team has, the
 * Reveal, and the cards by team. Before the reveal the cards stay folded away: a console on a
 * projector must not show what is still private.
 */
export function PerspectiveConsole({ state, phase, pending, send }: ConsolePhaseProps<"perspective">) {
  const t = useT("perspective");
  const secret = isPrivateNow(state, phase.id);
  const [peek, setPeek] = useState(false);
  const revealing = pending.some((p) => p.command.type === "phase.reveal" && p.command.phaseId === phase.id);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-paper p-3">
        <p role="status" className="min-w-0 flex-1">
          {!phase.options.private
            ? t("shared")
            : secret
              ? t("privateNow")
              : t("revealed")}
        </p>
        {secret ? <RevealButton phaseId={phase.id} sending={revealing} send={send} /> : null}
      </div>
      <Writers state={state} phaseId={phase.id} />
      <section aria-labelledby="shoes-cards" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="shoes-cards" className="text-lg font-bold">
            {t("byTeam")}
          </h3>
          {secret ? (
            <button type="button" aria-pressed={peek} className={`${button.quiet} min-h-9 px-2 py-1 text-sm`} onClick={() => setPeek((p) => !p)}>
              {peek ? t("fold") : t("peek")}
            </button>
          ) : null}
        </div>
        {secret && !peek ? (
          <p className="text-sm text-muted">{t("folded")}</p>
        ) : (
          <PerspectiveBoard state={state} phaseId={phase.id} pending={pending} send={send} />
        )}
      </section>
    </div>
  );
}

/** Names listed per team before "and N more": a kick-off of 500 must not flood the table. */
const NAMES = 8;

function Writers({ state, phaseId }: { state: WorkshopState; phaseId: string }) {
  const t = useT("perspective");
  const teams = perspectiveProgress(state, phaseId);
  const done = new Set(controlOf(state, phaseId).done);
  return (
    <table className="w-full text-sm">
      <caption className="mb-1 text-left text-lg font-bold">{t("writersCaption")}</caption>
      <thead className="text-left text-muted">
        <tr>
          <th scope="col" className="py-1 pr-3 font-semibold">{t("team")}</th>
          <th scope="col" className="py-1 pr-3 font-semibold">{t("writtenBy")}</th>
          <th scope="col" className="py-1 pr-3 font-semibold">{t("byOthers")}</th>
          <th scope="col" className="py-1 font-semibold">{t("ownCards")}</th>
        </tr>
      </thead>
      <tbody>
        {teams.map(({ team, writers, others, self }) => (
          <tr key={team.id} className="border-t border-line align-top">
            <th scope="row" className="py-1.5 pr-3 text-left font-semibold">
              <span className="flex items-center gap-2">
                <span aria-hidden="true" className="size-3 shrink-0 rounded-full" style={{ background: teamColor(state.teams, team.id) }} />
                {team.name}
              </span>
            </th>
            <td className="py-1.5 pr-3">
              {writers.length === 0 ? (
                <span className="text-muted">{t("nobody")}</span>
              ) : (
                writers.slice(0, NAMES).map((w, i) => (
                  <span key={w.id}>
                    {i > 0 ? ", " : null}
                    {w.name} <span className="text-muted">({teamName(state, w.teamId)})</span>
                    {done.has(w.id) ? <span className="text-ok"> ✓<span className="sr-only">{t("doneMark")}</span></span> : null}
                  </span>
                ))
              )}
              {writers.length > NAMES ? <span className="text-muted">{t("andMore", { count: writers.length - NAMES })}</span> : null}
            </td>
            <td className="py-1.5 pr-3 font-semibold tabular-nums">{others}</td>
            <td className="py-1.5 font-semibold tabular-nums">{self}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
