"use client";

import { useT } from "@/lib/client/i18n";
import { authorName, controlOf, teamName, type Card } from "@/lib/domain";
import { budgetOf, dotsOf } from "@/lib/domain/features/brainstorm/dots";
import { groupsOf, ideasOf } from "@/lib/domain/features/brainstorm/ranking";
import { CardView } from "../../cards/CardView";
import { teamColor } from "../../shared/teamColor";
import type { PhonePhaseProps } from "../types";
import { DotControl } from "./DotControl";
import { IdeaComposer } from "./IdeaComposer";
import { MoveToGroup } from "./MoveToGroup";
import { pendingIdeaWork } from "./pendingIdeas";
import { PhoneRanking } from "./PhoneRanking";
import { useMoveToNewGroup } from "./useMoveToNewGroup";

/**
 * The brainstorm on a phone: post ideas, group similar ones, spend a few votes. Votes are blind:
 * a phone knows its own dots only, until the facilitator closes the vote and the ranking arrives.
 */
export function BrainstormPhone({ code, state, phase, me, pending, send }: PhonePhaseProps<"brainstorm">) {
  const t = useT("brainstorm");
  const control = controlOf(state, phase.id);
  const canAct = !control.locked && state.endedAt === null;
  const work = pendingIdeaWork(pending, phase.id);
  const moveToNew = useMoveToNewGroup(state, phase.id, send);
  const held = dotsOf(state, phase.id, me.id);
  const mine = (cardId: string) => Math.max(0, (held[cardId] ?? 0) + (work.dots.get(cardId) ?? 0));
  const budget = budgetOf(phase);

  if (control.voteClosed) return <PhoneRanking state={state} phaseId={phase.id} mine={held} />;

  const used = Object.values(held).reduce((a, b) => a + b, 0) + [...work.dots.values()].reduce((a, b) => a + b, 0);
  const left = Math.max(0, budget - used);
  const groups = groupsOf(state, phase.id);
  // Where an idea shows: where it was just moved to, if that move is on its way.
  const placed = (card: Card) => (work.moves.has(card.id) ? (work.moves.get(card.id) ?? null) : card.groupId);
  const columnOf = (card: Card) => {
    const groupId = placed(card);
    return groupId !== null && state.groups[groupId] ? groupId : null;
  };
  const ideas = ideasOf(state, phase.id);
  // New ideas land in no group: first, where they are sorted from.
  const columns = [{ id: null, title: t("notInGroup") }, ...groups.map((g) => ({ id: g.id, title: g.title }))]
    .map((column) => ({ ...column, ideas: ideas.filter((c) => columnOf(c) === column.id) }))
    .filter((column) => column.id !== null || column.ideas.length > 0 || work.added.length > 0);

  return (
    <div className="space-y-6">
      {canAct ? (
        <IdeaComposer
          key={phase.id}
          draftKey={`${code}:${phase.id}`}
          sending={work.added.length}
          onPost={(text) => send({ type: "card.add", phaseId: phase.id, text })}
        />
      ) : (
        <p role="status" className="rounded-lg border-2 border-line bg-surface p-3 text-lg">
          {state.endedAt === null ? t("paused") : t("ended")}
        </p>
      )}

      <section aria-labelledby="ideas-heading" className="space-y-4">
        <h3 id="ideas-heading" className="text-xl font-bold">
          {t("ideas")} <span className="font-normal text-muted">({ideas.length + work.added.length})</span>
        </h3>
        {work.newGroups.length > 0 ? (
          <p className="text-sm text-muted" aria-live="polite">
            {t("makingGroups", { groups: work.newGroups.map((title) => t("quoted", { title })).join(", ") })}
          </p>
        ) : null}
        {ideas.length + work.added.length === 0 ? <p className="text-muted">{t("noIdeasYet")}</p> : null}
        {columns.map((column) => (
          <section key={column.id ?? "none"} aria-label={column.title} className="space-y-2">
            <h4 className="border-b-2 border-line pb-1 font-semibold">
              {column.title} <span className="font-normal text-muted">({column.ideas.length})</span>
            </h4>
            {column.ideas.length === 0 ? <p className="text-sm text-muted">{t("noIdeasInGroup")}</p> : null}
            <ul className="space-y-2">
              {column.ideas.map((card) => {
                const n = mine(card.id);
                return (
                  <li key={card.id}>
                    <CardView
                      text={card.text}
                      author={card.authorId === me.id ? t("you") : authorName(state, card.authorId)}
                      team={teamName(state, card.teamId)}
                      accent={teamColor(state.teams, card.teamId)}
                      status={work.moves.has(card.id) ? t("moving") : work.dots.has(card.id) ? t("sending") : undefined}
                    >
                      <div className="flex w-full flex-col gap-2">
                        <DotControl
                          ideaText={card.text}
                          mine={n}
                          canAdd={canAct && left > 0}
                          canRemove={canAct && n > 0}
                          onAdd={() => send({ type: "dot.add", phaseId: phase.id, cardId: card.id })}
                          onRemove={() => send({ type: "dot.remove", phaseId: phase.id, cardId: card.id })}
                        />
                        {canAct ? (
                          <MoveToGroup
                            ideaText={card.text}
                            groupId={columnOf(card)}
                            groups={groups}
                            onMove={(groupId) => send({ type: "card.group", cardId: card.id, groupId })}
                            onNewGroup={(title) => moveToNew(card.id, title)}
                          />
                        ) : null}
                      </div>
                    </CardView>
                  </li>
                );
              })}
              {column.id === null
                ? work.added.map((item) => (
                    <li key={item.id}>
                      <CardView text={item.text} author={t("you")} team={teamName(state, me.teamId)} accent={teamColor(state.teams, me.teamId)} status={t("sending")} />
                    </li>
                  ))
                : null}
            </ul>
          </section>
        ))}
      </section>

      <p
        role="status"
        aria-live="polite"
        className="sticky bottom-0 -mx-4 border-t-2 border-brand bg-surface px-4 py-3 text-center text-lg font-semibold shadow-[0_-4px_12px_rgba(0,0,0,0.08)]"
      >
        {left === 0 ? t("noVotesLeft") : t("votesLeft", { count: left })}{" "}
        <span className="font-normal text-muted">{t("ofBudget", { budget })}</span>
      </p>
    </div>
  );
}
