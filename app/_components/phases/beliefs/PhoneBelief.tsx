"use client";

import { useState } from "react";
import { teamName, type Belief, type BeliefVote, type Participant, type WorkshopState } from "@/lib/domain";
import { beliefResults } from "@/lib/domain/features/beliefs/results";
import { mayReply } from "@/lib/domain/features/beliefs/select";
import { useT } from "@/lib/client/i18n";
import { button } from "../../shared/ui";
import { BeliefHeader } from "./BeliefHeader";
import { useBeliefLabels } from "./labels";
import { voteButton } from "./styles";
import { Replies } from "./Replies";
import { ReplyForm } from "./ReplyForm";

/** One belief on a phone: vote agree / partly / disagree, read the replies, reply for my team. */
export function PhoneBelief({
  state,
  belief,
  me,
  draftKey,
  myVote,
  voteSending,
  sendingReplies,
  spotlit,
  canAct,
  onVote,
  onReply,
}: {
  state: WorkshopState;
  belief: Belief;
  me: Participant;
  draftKey: string;
  /** My vote as I last gave it (a vote on its way included). */
  myVote: BeliefVote | null;
  voteSending: boolean;
  sendingReplies: readonly { id: string; teamId: string; text: string }[];
  spotlit: boolean;
  /** False while the phase is locked or the workshop has ended. */
  canAct: boolean;
  onVote: (vote: BeliefVote) => void;
  onReply: (text: string) => void;
}) {
  const t = useT("beliefs");
  const { votes } = useBeliefLabels();
  const [replying, setReplying] = useState(false);
  const { totals } = beliefResults(state, belief.id);
  const myTeam = teamName(state, me.teamId) || t("myTeam");
  const headingId = `belief-${belief.id}`;

  return (
    <article
      aria-labelledby={headingId}
      data-testid="belief"
      className={`space-y-3 rounded-xl border bg-surface p-4 shadow-sm ${spotlit ? "border-2 border-brand" : "border-line"}`}
    >
      {spotlit ? <p className="text-sm font-semibold tracking-wide text-brand uppercase">{t("onScreenNow")}</p> : null}
      <BeliefHeader state={state} belief={belief} />
      <p id={headingId} className="text-xl wrap-anywhere whitespace-pre-wrap">
        {belief.text}
      </p>

      <div role="group" aria-label={t("yourVote")} className="grid grid-cols-3 gap-1.5">
        {votes.map((v) => {
          const mine = myVote === v.id;
          return (
            <button
              key={v.id}
              type="button"
              aria-pressed={mine}
              disabled={!canAct}
              onClick={() => !mine && onVote(v.id)}
              className={`${voteButton} ${mine ? "bg-brand text-white" : "bg-surface text-brand hover:bg-brand-soft"}`}
            >
              <span className="text-[0.85rem]">{v.label}</span>
              <span className={`text-sm font-normal tabular-nums ${mine ? "text-white" : "text-muted"}`}>{totals[v.id]}</span>
            </button>
          );
        })}
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-muted">
        {voteSending ? t("sendingVote") : myVote ? t("changeVote") : ""}
      </p>

      <Replies state={state} replies={belief.replies} sending={sendingReplies} />

      {canAct && mayReply(belief, me) ? (
        replying ? (
          <ReplyForm
            draftKey={draftKey}
            teamName={myTeam}
            onCancel={() => setReplying(false)}
            onSend={(text) => {
              onReply(text);
              setReplying(false);
            }}
          />
        ) : (
          <button type="button" className={`${button.quiet} w-full`} onClick={() => setReplying(true)}>
            {t("replyFor", { team: myTeam })}
          </button>
        )
      ) : null}
    </article>
  );
}
