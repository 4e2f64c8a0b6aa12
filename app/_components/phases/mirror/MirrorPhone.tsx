"use client";

import { useT } from "@/lib/client/i18n";
import type { ReactionKind } from "@/lib/domain";
import { awaitingReveal, mirrorTeamId, mirrors, myReaction, reactionCounts } from "@/lib/domain/features/perspective/selectors";
import { pendingWish } from "../../controls/pendingWish";
import { teamColor } from "../../shared/teamColor";
import { AwaitingReveal } from "../perspective/AwaitingReveal";
import type { PhonePhaseProps } from "../types";
import { ReactionButtons } from "./Reactions";
import { TeamSides } from "./TeamSides";
import { useSourceTitle } from "./source";

/** The mirror on a phone: the team on show, both sides, and my reaction to each card. */
export function MirrorPhone({ state, phase, me, pending, send }: PhonePhaseProps<"mirror">) {
  const t = useT("mirror");
  const sourceTitle = useSourceTitle(state, phase);
  const source = phase.options.sourcePhaseId;
  if (awaitingReveal(state, source)) return <AwaitingReveal sourceTitle={sourceTitle} size="phone" />;
  const teamId = mirrorTeamId(state, phase);
  const mirror = mirrors(state, source).find((m) => m.team.id === teamId);
  if (!mirror) return null;
  const we = mirror.team.id === me.teamId;

  return (
    <section aria-labelledby="mirror-team" className="space-y-4">
      <h3 id="mirror-team" aria-live="polite" aria-atomic="true" className="flex items-center gap-2 text-2xl font-bold">
        <span aria-hidden="true" className="size-4 rounded-full" style={{ background: teamColor(state.teams, mirror.team.id) }} />
        {mirror.team.name}
        {we ? <span className="text-base font-normal text-muted">{t("yourTeam")}</span> : null}
      </h3>
      <p className="text-muted">{t("tapHint")}</p>
      <TeamSides
        state={state}
        mirror={mirror}
        size="phone"
        we={we}
        actions={(card) => {
          const saved = myReaction(state, card.id, me.id);
          const wish = pendingWish(pending, "card.react", (c) => (c.cardId === card.id ? (c.reaction ?? null) : undefined));
          return (
            <ReactionButtons
              counts={reactionCounts(state, card.id)}
              mine={wish === undefined ? saved : (wish as ReactionKind | null)}
              sending={wish !== undefined && wish !== saved}
              onReact={(reaction) => send({ type: "card.react", cardId: card.id, reaction })}
            />
          );
        }}
      />
    </section>
  );
}
