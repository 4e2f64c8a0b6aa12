"use client";

import { useT } from "@/lib/client/i18n";
import { cardsOf, mergedCounts, PERSPECTIVE_COLUMNS, type Participant, type WorkshopState } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";
import { CardView } from "../../cards/CardView";
import { OwnCard, ownCardPending } from "../../cards/OwnCard";
import { teamColor } from "../../shared/teamColor";
import type { Send } from "../types";
import { pendingPerspective } from "./pending";

/** My cards about one team in this phase, by column, with Edit and Delete; unsent ones as "Sending…". */
export function MyTaskCards({
  state,
  phaseId,
  aboutTeamId,
  aboutName,
  me,
  pending,
  send,
}: {
  state: WorkshopState;
  phaseId: string;
  aboutTeamId: string;
  aboutName: string;
  me: Participant;
  pending: readonly PendingCommand[];
  send: Send;
}) {
  const t = useT("perspective");
  const common = useT("common");
  const work = pendingPerspective(pending, phaseId);
  const mine = cardsOf(state, phaseId).filter((c) => c.authorId === me.id && c.aboutTeamId === aboutTeamId);
  const sending = work.added.filter((c) => c.aboutTeamId === aboutTeamId);
  const accent = teamColor(state.teams, me.teamId);
  const merged = mergedCounts(state);
  if (mine.length + sending.length === 0) return <p className="text-muted">{t("notWrittenYet", { team: aboutName })}</p>;

  return (
    <div aria-live="polite" className="space-y-4">
      {PERSPECTIVE_COLUMNS.map((column) => {
        const cards = mine.filter((c) => c.column === column.id);
        const queued = sending.filter((c) => c.column === column.id);
        if (cards.length + queued.length === 0) return null;
        return (
          <section key={column.id} aria-label={t(column.id === "strengths" ? "yourStrengths" : "yourChallenges", { team: aboutName })} className="space-y-2">
            <h4 className="font-semibold">
              {t(column.id)} <span className="font-normal text-muted">({cards.length + queued.length})</span>
            </h4>
            <ul className="space-y-2">
              {cards.map((card) => (
                <li key={card.id}>
                  <OwnCard
                    cardId={card.id}
                    text={work.edits.get(card.id) ?? card.text}
                    author={me.name}
                    team={aboutName}
                    accent={accent}
                    merged={merged.get(card.id) ?? 0}
                    pending={ownCardPending(work, card.id)}
                    onEdit={(text) => send({ type: "card.edit", cardId: card.id, text })}
                    onDelete={() => send({ type: "card.delete", cardId: card.id })}
                  />
                </li>
              ))}
              {queued.map((item) => (
                <li key={item.id}>
                  <CardView text={item.text} author={me.name} team={aboutName} accent={accent} status={common("sending")} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
