"use client";

import { useT } from "@/lib/client/i18n";
import { teamName, type WorkshopState } from "@/lib/domain";
import { agreementsFromIdeas, ideasToAgree } from "@/lib/domain/features/agreements/selectors";
import { teamColor } from "../../shared/teamColor";
import { button } from "../../shared/ui";

/**
 * The brainstorm's top ideas beside the form: ranked by dots once the vote is closed, otherwise
 * as posted. Each can start an agreement.
 */
export function IdeaPicker({
  state,
  sourcePhaseId,
  selectedCardId,
  onPick,
}: {
  state: WorkshopState;
  sourcePhaseId: string;
  selectedCardId: string | null;
  onPick: (cardId: string, text: string) => void;
}) {
  const t = useT("agreements");
  const source = state.agenda.find((p) => p.id === sourcePhaseId);
  const ideas = ideasToAgree(state, sourcePhaseId);
  const made = agreementsFromIdeas(state);
  const ranked = ideas.some((i) => i.dots !== null);

  return (
    <section aria-labelledby="ideas-heading" className="space-y-2">
      <h3 id="ideas-heading" className="text-lg font-bold">
        {ranked ? t("topIdeas") : t("ideas")}{" "}
        <span className="font-normal text-muted">{t("fromSource", { source: source?.title ?? t("theBrainstorm") })}</span>
      </h3>
      <p className="text-sm text-muted">
        {ranked ? t("rankedHint") : t("unrankedHint")}
      </p>
      {ideas.length === 0 ? <p className="text-muted">{t("noIdeas")}</p> : null}
      <ol tabIndex={0} className="max-h-[28rem] space-y-2 overflow-y-auto pr-1">
        {ideas.map(({ card, dots }, index) => {
          const count = made.get(card.id) ?? 0;
          const selected = selectedCardId === card.id;
          return (
            <li
              key={card.id}
              className={`flex flex-wrap items-start gap-3 rounded-lg border border-l-[6px] bg-surface p-3 ${selected ? "border-brand ring-2 ring-brand/40" : "border-line"}`}
              style={{ borderLeftColor: teamColor(state.teams, card.teamId) }}
            >
              {ranked ? (
                <span className="w-8 shrink-0 text-lg font-bold text-muted tabular-nums" aria-label={t("rank", { rank: index + 1 })}>
                  {index + 1}.
                </span>
              ) : null}
              <div className="min-w-0 flex-1 space-y-1">
                <p className="wrap-anywhere whitespace-pre-wrap">{card.text}</p>
                <p className="flex flex-wrap gap-x-2 text-sm text-muted">
                  <span>{teamName(state, card.teamId)}</span>
                  {dots !== null ? <span className="font-semibold text-ink">{t("dots", { count: dots })}</span> : null}
                  {count > 0 ? <span className="font-semibold text-ok">{t("agreementsMade", { count })}</span> : null}
                </p>
              </div>
              <button type="button" className={`${button.secondary} min-h-9 px-3 py-1 text-sm`} onClick={() => onPick(card.id, card.text)}>
                {t("makeFromThis")}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
