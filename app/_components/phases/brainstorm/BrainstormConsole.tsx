"use client";

import { useT } from "@/lib/client/i18n";
import { controlOf, type Card } from "@/lib/domain";
import { budgetOf } from "@/lib/domain/features/brainstorm/dots";
import { groupsOf, ideasOf } from "@/lib/domain/features/brainstorm/ranking";
import type { ConsolePhaseProps } from "../types";
import { CloseVote } from "./CloseVote";
import { GroupForm } from "./GroupForm";
import { IdeaBoard } from "./IdeaBoard";
import { pendingIdeaWork } from "./pendingIdeas";
import { RankingBars } from "./RankingBars";
import { rankRows } from "./rankRows";
import { useMoveToNewGroup } from "./useMoveToNewGroup";

/**
 * The brainstorm on the facilitator's laptop: group the ideas (drag and drop, or the select),
 * hide what does not belong, close the vote, then the ranking. The tallies are blind for the
 * facilitator too until the close: the server does not send them.
 */
export function BrainstormConsole({ state, phase, pending, send }: ConsolePhaseProps<"brainstorm">) {
  const t = useT("brainstorm");
  const control = controlOf(state, phase.id);
  const work = pendingIdeaWork(pending, phase.id);
  const moveToNew = useMoveToNewGroup(state, phase.id, send);
  const hiddenWanted = new Map<string, boolean>();
  for (const { command } of pending) if (command.type === "card.setHidden") hiddenWanted.set(command.cardId, command.hidden);

  const groups = groupsOf(state, phase.id);
  const ideas = ideasOf(state, phase.id, true);
  const columnOf = (card: Card) => {
    const groupId = work.moves.has(card.id) ? (work.moves.get(card.id) ?? null) : card.groupId;
    return groupId !== null && state.groups[groupId] ? groupId : null;
  };
  const columns = [null, ...groups].map((group) => ({ group, ideas: ideas.filter((c) => columnOf(c) === (group?.id ?? null)) }));
  const ranking = control.voteClosed ? rankRows(t, state, phase.id) : null;

  return (
    <div className="space-y-5">
      <section aria-label={t("vote")} className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-brand-soft p-3">
        {control.voteClosed ? (
          <p className="font-semibold">{t("voteClosedConsole")}</p>
        ) : (
          <>
            <p>
              <span className="font-semibold">{t("votingOpen")}</span>
              {t("votingOpenHint", { budget: budgetOf(phase) })}
            </p>
            <CloseVote closing={work.closing} onClose={() => send({ type: "vote.close", phaseId: phase.id })} />
          </>
        )}
      </section>

      {ranking ? (
        <div className="grid gap-5 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-labelledby="console-ranking" className="space-y-2">
            <h3 id="console-ranking" className="text-lg font-bold">
              {t("ideasByVotes")}
            </h3>
            <RankingBars rows={ranking.ideas} label={t("ideasByVotes")} />
          </section>
          {ranking.groups.length > 0 ? (
            <section aria-labelledby="console-groups" className="space-y-2">
              <h3 id="console-groups" className="text-lg font-bold">
                {t("groupsByVotes")}
              </h3>
              <RankingBars rows={ranking.groups} label={t("groupsByVotes")} />
            </section>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="board-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h3 id="board-heading" className="text-lg font-bold">
            {t("ideasByGroup")} <span className="font-normal text-muted">({ideas.length})</span>
          </h3>
          <div className="w-full max-w-sm">
            <GroupForm label={t("newGroup")} submitLabel={t("create")} onSubmit={(title) => send({ type: "group.create", phaseId: phase.id, title })} />
          </div>
        </div>
        {work.newGroups.length > 0 ? <p className="text-sm text-muted">{t("creatingGroups", { groups: work.newGroups.map((title) => t("quoted", { title })).join(", ") })}</p> : null}
        <p className="text-sm text-muted">{t("dragHint")}</p>
        <IdeaBoard
          state={state}
          columns={columns}
          groups={groups}
          hiddenWanted={hiddenWanted}
          moving={new Set(work.moves.keys())}
          onMove={(cardId, groupId) => send({ type: "card.group", cardId, groupId })}
          onNewGroup={moveToNew}
          onRename={(groupId, title) => send({ type: "group.rename", groupId, title })}
          onHide={(cardId, hidden) => send({ type: "card.setHidden", cardId, hidden })}
        />
      </section>
    </div>
  );
}
