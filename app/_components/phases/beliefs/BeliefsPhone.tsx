"use client";

import { controlOf } from "@/lib/domain";
import { beliefsOf } from "@/lib/domain/features/beliefs/select";
import { useT } from "@/lib/client/i18n";
import type { PhonePhaseProps } from "../types";
import { BeliefForm } from "./BeliefForm";
import { pendingBeliefWork } from "./pendingBeliefs";
import { PhoneBelief } from "./PhoneBelief";

/** "Us and them" on a phone: post a belief anonymously, then vote on and answer the others. */
export function BeliefsPhone({ code, state, phase, me, pending, send }: PhonePhaseProps<"beliefs">) {
  const t = useT("beliefs");
  const canAct = !controlOf(state, phase.id).locked && state.endedAt === null;
  const work = pendingBeliefWork(pending, phase.id);
  const beliefs = beliefsOf(state, phase.id);
  const spotlight = state.spotlight?.kind === "belief" ? state.spotlight.id : null;

  return (
    <div className="space-y-6">
      {canAct ? (
        <BeliefForm
          key={phase.id}
          draftKey={`${code}:${phase.id}:belief`}
          teams={state.teams}
          sending={work.added}
          onPost={(b) => send({ type: "belief.add", phaseId: phase.id, ...b })}
        />
      ) : (
        <p role="status" className="rounded-lg border-2 border-line bg-surface p-3 text-lg">
          {state.endedAt === null ? t("paused") : t("ended")}
        </p>
      )}

      <section aria-labelledby="beliefs-heading" className="space-y-3">
        <h3 id="beliefs-heading" className="text-xl font-bold">
          {t("soFar")} <span className="font-normal text-muted">({beliefs.length})</span>
        </h3>
        {beliefs.length === 0 ? <p className="text-muted">{t("noneYet")}</p> : null}
        <ul className="space-y-4">
          {beliefs.map((belief) => {
            const sent = work.votes.get(belief.id);
            const held = state.beliefBallots[belief.id]?.[me.id]?.value ?? null;
            return (
              <li key={belief.id}>
                <PhoneBelief
                  state={state}
                  belief={belief}
                  me={me}
                  draftKey={`${code}:${phase.id}:reply:${belief.id}`}
                  myVote={sent ?? held}
                  voteSending={sent !== undefined && sent !== held}
                  sendingReplies={(work.replies.get(belief.id) ?? []).map((r) => ({ ...r, teamId: me.teamId }))}
                  spotlit={spotlight === belief.id}
                  canAct={canAct}
                  onVote={(vote) => send({ type: "belief.vote", beliefId: belief.id, vote })}
                  onReply={(text) => send({ type: "belief.reply", beliefId: belief.id, text })}
                />
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
