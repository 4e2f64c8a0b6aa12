"use client";

import { authorName, cardsOf, mergedCounts, type Phase, type TeamCards, type WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import type { PendingCommand } from "@/lib/client/outbox";
import { cardGroups, countCards } from "../cards/grouping";
import type { Send } from "../phases/types";
import { teamColor } from "../shared/teamColor";
import { ModeratedCard } from "./ModeratedCard";
import { MergeTargets } from "./mergeTargets";
import { pendingModeration, shortLabel } from "./moderation";

/**
 * The live cards of a phase, by column (if the phase has any), then one column per team, with the
 * facilitator's moderation. Hidden cards stay on this board (dimmed, marked) so the decision can
 * be undone; nobody else receives them. Merged duplicates leave the board and count on the card
 * they went into.
 */
export function ModerationBoard({
  state,
  phase,
  pending,
  send,
}: {
  state: WorkshopState;
  phase: Phase;
  pending: readonly PendingCommand[];
  send: Send;
}) {
  const t = useT("facilitator");
  const groups = cardGroups(state, phase);
  const total = groups.reduce((n, g) => n + countCards(g.teams), 0);
  const board = (teams: TeamCards[], label: string | null) => (
    <TeamColumns state={state} phase={phase} teams={teams} label={label} pending={pending} send={send} />
  );

  return (
    <section aria-labelledby="board-heading" className="space-y-3">
      <h3 id="board-heading" className="text-lg font-bold">
        {t("liveCards")} <span className="font-normal text-muted">({total})</span>
      </h3>
      <div aria-live="polite" className="space-y-5">
        {groups.map(({ column, teams }) =>
          column ? (
            <section key={column.id} aria-label={column.label} className="space-y-2">
              <h4 className="text-base font-bold tracking-wide text-brand uppercase">
                {column.label} <span className="font-normal text-muted">({countCards(teams)})</span>
              </h4>
              {board(teams, column.label)}
            </section>
          ) : (
            <div key="all">{board(teams, null)}</div>
          ),
        )}
      </div>
    </section>
  );
}

function TeamColumns({
  state,
  phase,
  teams,
  label,
  pending,
  send,
}: {
  state: WorkshopState;
  phase: Phase;
  teams: TeamCards[];
  label: string | null;
  pending: readonly PendingCommand[];
  send: Send;
}) {
  const t = useT("facilitator");
  const { hiding, edits, status } = pendingModeration(pending, t);
  const merged = mergedCounts(state);
  // Every card of the phase, once: each card's list of what it can merge into is this one.
  const all = cardsOf(state, phase.id);
  const targets = () => all.map((other) => ({ id: other.id, label: `${shortLabel(other.text)} · ${authorName(state, other.authorId)}` }));
  const spotlit = state.spotlight?.kind === "card" ? state.spotlight.id : null;

  return (
    <MergeTargets value={targets}>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(11.5rem,1fr))] gap-3">
        {teams.map(({ team, cards }) => {
          const accent = teamColor(state.teams, team.id);
          return (
            <section key={team.id} aria-label={label ? t("columnCards", { label, team: team.name }) : t("teamCards", { team: team.name })} className="space-y-2">
              <h5 className="flex items-center gap-2 border-b-2 pb-1 font-semibold" style={{ borderColor: accent }}>
                {team.name}
                <span className="font-normal text-muted">({cards.length})</span>
              </h5>
              {cards.length === 0 ? <p className="text-sm text-muted">{t("noCards")}</p> : null}
              <ul className="space-y-2">
                {cards.map((card) => (
                  <li key={card.id}>
                    <ModeratedCard
                      card={card}
                      text={edits.get(card.id) ?? card.text}
                      author={authorName(state, card.authorId)}
                      accent={accent}
                      hidden={hiding.get(card.id) ?? card.hidden}
                      spotlit={spotlit === card.id}
                      merged={merged.get(card.id) ?? 0}
                      status={status(card.id)}
                      canMerge={all.length > 1}
                      send={send}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </MergeTargets>
  );
}
