"use client";

import { lazy, Suspense } from "react";
import { useT } from "@/lib/client/i18n";
import { mergedCounts } from "@/lib/domain/selectors";
import type { Participant, Phase, TeamCards, WorkshopState } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";
import type { Send } from "../phases/types";
import { teamColor } from "../shared/teamColor";
import { CardView } from "./CardView";
import { cardRows, LONG_LIST } from "./cardRows";
import { EditDraftsKeeper } from "./editDrafts";
import { cardGroups, countCards } from "./grouping";
import { PhoneCard, type PhoneCardContext } from "./PhoneCard";
import { pendingCardWork } from "./pendingCards";

// Its own chunk: a room of thirty never downloads it.
const LongCardList = lazy(() => import("./LongCardList").then((m) => ({ default: m.LongCardList })));

/**
 * The phase's cards on a phone, by column (if the phase has any), then by team. My own cards can
 * be edited and deleted; what I sent but the server has not confirmed yet shows as "Sending…", so
 * nothing seems lost on a flaky network. Past LONG_LIST cards, the list is drawn a screenful at a
 * time (LongCardList), so that a phone holding a kick-off's 2,000 cards still scrolls smoothly.
 */
export function ParticipantCards({
  state,
  phase,
  me,
  pending,
  send,
}: {
  state: WorkshopState;
  phase: Phase;
  me: Participant;
  pending: readonly PendingCommand[];
  send: Send;
}) {
  const t = useT("phone");
  const common = useT("common");
  const work = pendingCardWork(pending, phase.id);
  const groups = cardGroups(state, phase, t("otherColumn"));
  const total = groups.reduce((n, g) => n + countCards(g.teams), 0) + work.added.length;
  const anonymous = phase.kind === "cards" && phase.options.anonymous;
  const context: PhoneCardContext = { state, me, myName: anonymous ? t("youAnonymous") : me.name, merged: mergedCounts(state), work, send };
  const list = (teams: TeamCards[], column: string | null) => <TeamLists teams={teams} column={column} context={context} />;

  // The drafts are kept here, above the switch to the long list, which draws every card anew.
  return (
    <EditDraftsKeeper>
      <section aria-labelledby="cards-heading" className="space-y-4">
        <h3 id="cards-heading" className="text-xl font-bold">
          {t("cardsSoFar")} <span className="font-normal text-muted">({total})</span>
        </h3>
        {total >= LONG_LIST ? (
          // Not a live region: rows drawn as the list scrolls would be read out as new cards.
          <Suspense fallback={<p className="text-muted">{common("loading")}</p>}>
            <LongCardList rows={cardRows(groups, work, me)} context={context} />
          </Suspense>
        ) : (
          <div aria-live="polite" className="space-y-6">
            {total === 0 ? <p className="text-muted">{t("noCardsYet")}</p> : null}
            {groups.map(({ column, teams }) =>
              column ? (
                <section key={column.id} aria-label={column.label} className="space-y-3 rounded-xl bg-surface/60 p-3 ring-1 ring-line">
                  <h3 className="text-lg font-bold">{column.label}</h3>
                  {list(teams, column.id)}
                </section>
              ) : (
                <div key="all">{list(teams, null)}</div>
              ),
            )}
          </div>
        )}
      </section>
    </EditDraftsKeeper>
  );
}

/** One column's cards (or all of them), a section per team that has any. */
function TeamLists({ teams, column, context }: { teams: TeamCards[]; column: string | null; context: PhoneCardContext }) {
  const t = useT("phone");
  const common = useT("common");
  const { state, me, work, myName } = context;
  const sending = work.added.filter((a) => column === null || a.column === column);
  const shown = teams.filter(({ team, cards }) => cards.length > 0 || (team.id === me.teamId && sending.length > 0));
  if (shown.length === 0) return column ? <p className="text-sm text-muted">{t("nothingHereYet")}</p> : null;

  return (
    <div className="space-y-6">
      {shown.map(({ team, cards }) => {
        const accent = teamColor(state.teams, team.id);
        const mine = team.id === me.teamId;
        return (
          <section key={team.id} aria-label={t("teamCards", { team: team.name })} className="space-y-2">
            <h4 className="flex items-center gap-2 font-semibold">
              <span aria-hidden="true" className="size-3 shrink-0 rounded-full" style={{ background: accent }} />
              <span className="min-w-0">{team.name}</span>
              <span className="shrink-0 font-normal whitespace-nowrap text-muted">({cards.length + (mine ? sending.length : 0)})</span>
            </h4>
            <ul className="space-y-2">
              {cards.map((card) => (
                <li key={card.id}>
                  <PhoneCard card={card} team={team.name} accent={accent} context={context} />
                </li>
              ))}
              {mine
                ? sending.map((item) => (
                    <li key={item.id}>
                      <CardView text={item.text} author={myName} team={team.name} accent={accent} status={common("sending")} />
                    </li>
                  ))
                : null}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
