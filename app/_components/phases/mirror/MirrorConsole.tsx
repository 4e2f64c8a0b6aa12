"use client";

import { useT } from "@/lib/client/i18n";
import { awaitingReveal, mirrorTeamId, mirrors, neighbours, reactionCounts } from "@/lib/domain/features/perspective/selectors";
import { pendingWish } from "../../controls/pendingWish";
import { button } from "../../shared/ui";
import { AwaitingRevealConsole } from "../perspective/AwaitingReveal";
import type { ConsolePhaseProps } from "../types";
import { ReactionTally } from "./Reactions";
import { TeamSides } from "./TeamSides";
import { useSourceTitle } from "./source";

/** The mirror on the console: step from team to team (everyone follows), both sides, reactions. */
export function MirrorConsole({ state, phase, pending, send }: ConsolePhaseProps<"mirror">) {
  const t = useT("mirror");
  const common = useT("common");
  const sourceTitle = useSourceTitle(state, phase);
  const source = phase.options.sourcePhaseId;
  const wish = pendingWish(pending, "mirror.show", (c) => (c.phaseId === phase.id ? c.teamId : undefined));
  const shown = mirrorTeamId(state, phase);
  // The team just picked shows at once; the room follows when the server confirms.
  const teamId = wish ?? shown;
  const mirror = mirrors(state, source).find((m) => m.team.id === teamId);
  const { previous, next } = neighbours(state, teamId);
  const show = (id: string) => send({ type: "mirror.show", phaseId: phase.id, teamId: id });

  return (
    <div className="space-y-4">
      {awaitingReveal(state, source) ? (
        <AwaitingRevealConsole sourceTitle={sourceTitle} sourcePhaseId={source} pending={pending} send={send} />
      ) : null}
      <nav aria-label={t("teamOnShow")} className="flex flex-wrap items-center gap-2">
        <button type="button" className={`${button.secondary} min-h-10 px-3 py-1.5`} disabled={!previous} onClick={() => previous && show(previous.id)}>
          <span aria-hidden="true">←</span> {previous ? previous.name : t("previous")}
        </button>
        <label className="flex items-center gap-2">
          <span className="font-semibold">{t("onShow")}</span>
          <select
            value={teamId ?? ""}
            onChange={(e) => show(e.target.value)}
            className="min-h-10 rounded-lg border-2 border-line bg-surface px-2 py-1"
          >
            {state.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={`${button.primary} min-h-10 px-3 py-1.5`} disabled={!next} onClick={() => next && show(next.id)}>
          {next ? next.name : t("next")} <span aria-hidden="true">→</span>
        </button>
        <span role="status" className="text-sm text-muted">
          {wish !== undefined && wish !== shown ? common("sending") : t("followsHint")}
        </span>
      </nav>
      {mirror ? (
        <TeamSides
          state={state}
          mirror={mirror}
          size="console"
          actions={(card) => <ReactionTally counts={reactionCounts(state, card.id)} size="console" />}
        />
      ) : null}
    </div>
  );
}
