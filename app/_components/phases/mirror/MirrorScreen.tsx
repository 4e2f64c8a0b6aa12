"use client";

import { useT } from "@/lib/client/i18n";
import { awaitingReveal, mirrorTeamId, mirrors, reactionCounts } from "@/lib/domain/features/perspective/selectors";
import { teamColor } from "../../shared/teamColor";
import { AwaitingReveal } from "../perspective/AwaitingReveal";
import type { ScreenPhaseProps } from "../types";
import { ReactionTally } from "./Reactions";
import { TeamSides } from "./TeamSides";
import { useSourceTitle } from "./source";

/** The mirror on the projector: the team on show, the two sides big, with the room's reactions. */
export function MirrorScreen({ state, phase }: ScreenPhaseProps<"mirror">) {
  const t = useT("mirror");
  const sourceTitle = useSourceTitle(state, phase);
  const source = phase.options.sourcePhaseId;
  if (awaitingReveal(state, source)) return <AwaitingReveal sourceTitle={sourceTitle} size="screen" />;
  const teamId = mirrorTeamId(state, phase);
  const mirror = mirrors(state, source).find((m) => m.team.id === teamId);
  if (!mirror) return null;
  const position = state.teams.findIndex((t) => t.id === teamId) + 1;

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-[1.5vh]">
      <div aria-live="polite" aria-atomic="true" className="flex items-baseline gap-[1.5vw]">
        <h3
          className="border-b-[0.6vh] text-[clamp(1.75rem,3.4vw,4.25rem)] leading-tight font-bold"
          style={{ borderColor: teamColor(state.teams, mirror.team.id) }}
        >
          {mirror.team.name}
        </h3>
        <p className="text-[clamp(1rem,1.5vw,1.9rem)] text-muted tabular-nums">
          {t("teamOf", { position, count: state.teams.length })}
        </p>
      </div>
      <TeamSides
        state={state}
        mirror={mirror}
        size="screen"
        actions={(card) => <ReactionTally counts={reactionCounts(state, card.id)} size="screen" />}
      />
    </div>
  );
}
