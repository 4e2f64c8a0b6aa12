"use client";

import { useT } from "@/lib/client/i18n";
import { PERSPECTIVE_COLUMNS, cardsOf, mergedCounts, type Card, type WorkshopState } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";
import { ModeratedCard } from "../../console/ModeratedCard";
import { MergeTargets } from "../../console/mergeTargets";
import { teamColor } from "../../shared/teamColor";
import type { Send } from "../types";
import { useByline } from "./cardMeta";
import { pendingModeration, shortLabel } from "../../console/moderation";

/**
 * The facilitator's board of a perspective phase: the cards by the team they are about, strengths
 * first, each with Hide (and the other moderation tools). Hidden cards stay here, dimmed.
 */
export function PerspectiveBoard({
  state,
  phaseId,
  pending,
  send,
}: {
  state: WorkshopState;
  phaseId: string;
  pending: readonly PendingCommand[];
  send: Send;
}) {
  const t = useT("perspective");
  const moderation = useT("facilitator");
  const byline = useByline();
  const { hiding, edits, status } = pendingModeration(pending, moderation);
  const all = cardsOf(state, phaseId);
  const merged = mergedCounts(state);
  const spotlit = state.spotlight?.kind === "card" ? state.spotlight.id : null;
  const order = (c: Card) => PERSPECTIVE_COLUMNS.findIndex((col) => col.id === c.column);

  return (
    <div aria-live="polite" className="grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-3">
      {state.teams.map((team) => {
        const cards = all.filter((c) => c.aboutTeamId === team.id).sort((a, b) => order(a) - order(b) || a.seq - b.seq);
        // A card merges into another of the same team and column: one list per column, built once.
        const targets = new Map(PERSPECTIVE_COLUMNS.map((col) => [col.id as string | null, cards.filter((c) => c.column === col.id).map((c) => ({ id: c.id, label: shortLabel(c.text) }))]));
        return (
          <MergeTargets key={team.id} value={(card) => targets.get(card.column) ?? []}>
            <section aria-label={t("cardsAbout", { team: team.name })} className="space-y-2">
              <h4 className="flex items-center gap-2 border-b-2 pb-1 font-semibold" style={{ borderColor: teamColor(state.teams, team.id) }}>
                {t("about", { team: team.name })}
                <span className="font-normal text-muted">({cards.length})</span>
              </h4>
              {cards.length === 0 ? <p className="text-sm text-muted">{t("noCards")}</p> : null}
              <ul className="space-y-2">
                {cards.map((card) => {
                  const { author, team: side } = byline(state, card);
                  const kind = card.column === "strengths" ? t("strength") : card.column === "challenges" ? t("challenge") : t("card");
                  return (
                    <li key={card.id}>
                      <ModeratedCard
                        card={card}
                        text={edits.get(card.id) ?? card.text}
                        author={`${kind} · ${author}, ${side}`}
                        accent={teamColor(state.teams, card.teamId)}
                        hidden={hiding.get(card.id) ?? card.hidden}
                        spotlit={spotlit === card.id}
                        merged={merged.get(card.id) ?? 0}
                        status={status(card.id)}
                        canMerge={(targets.get(card.column)?.length ?? 0) > 1}
                        send={send}
                      />
                    </li>
                  );
                })}
              </ul>
            </section>
          </MergeTargets>
        );
      })}
    </div>
  );
}
