"use client";

import { useId } from "react";
import { useT } from "@/lib/client/i18n";
import { useDraft } from "@/lib/client/useDraft";
import type { BeliefCause, BeliefVote } from "@/lib/domain";
import { LIMITS } from "@/lib/domain/limits";
import { field, label } from "../shared/ui";
import { SendButton } from "./SendButton";
import { emptyBeliefs, restoreBeliefs } from "./stepDrafts";
import { teamName, type StepProps } from "./stepProps";

const VOTES: BeliefVote[] = ["agree", "partly", "disagree"];
const CAUSES: { id: BeliefCause; key: "causeUnexplained" | "causeNotConsulted" | "causeExpertiseUnused" | "causeOther" }[] = [
  { id: "unexplained", key: "causeUnexplained" },
  { id: "not-consulted", key: "causeNotConsulted" },
  { id: "expertise-unused", key: "causeExpertiseUnused" },
  { id: "other", key: "causeOther" },
];

/** Us and them: a vote on each of the room's beliefs, and one of their own if they like (anonymous). */
export function BeliefsStep({ view, teams, busy, draftKey, onSend }: StepProps<"beliefs">) {
  const t = useT("catchup");
  const b = useT("beliefs");
  const [draft, setDraft] = useDraft(draftKey, emptyBeliefs, (stored) =>
    restoreBeliefs(
      stored,
      view.beliefs.map((x) => x.id),
      teams.map((team) => team.id),
    ),
  );
  const { votes, text, about, cause } = draft;
  const ids = { text: useId(), about: useId(), cause: useId() };
  const send = () =>
    onSend({ kind: "beliefs", votes, belief: text.trim() ? { text: text.trim(), aboutTeamId: about || null, cause } : null });
  return (
    <div className="space-y-6">
      <p>{view.beliefs.length ? t("beliefsHint") : t("noBeliefs")}</p>
      {view.beliefs.map((belief) => (
        <fieldset key={belief.id} className="space-y-2 rounded-xl border border-line p-3">
          <legend className="sr-only">{belief.text}</legend>
          <p className="text-sm text-muted wrap-anywhere">{belief.aboutTeamId ? teamName(teams, belief.aboutTeamId) : t("everyone")}</p>
          <p className="font-semibold wrap-anywhere">{belief.text}</p>
          {belief.replies.map((r, i) => (
            <p key={i} className="border-l-4 border-line pl-2 text-sm wrap-anywhere">
              {r}
            </p>
          ))}
          <div className="grid grid-cols-3 gap-1">
            {VOTES.map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={votes[belief.id] === v}
                onClick={() => setDraft({ ...draft, votes: { ...votes, [belief.id]: v } })}
                className="min-h-12 rounded-lg border-2 border-line px-1 font-semibold aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white"
              >
                {b(v)}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <section className="space-y-2">
        <label htmlFor={ids.text} className={label}>
          {t("addBelief")}
        </label>
        <textarea id={ids.text} value={text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} maxLength={LIMITS.beliefText} rows={3} className={field} />
        <label htmlFor={ids.about} className={label}>
          {t("aboutTeam")}
        </label>
        <select id={ids.about} value={about} onChange={(e) => setDraft({ ...draft, about: e.target.value })} className={field}>
          <option value="">{t("everyone")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.cause} className={label}>
          {t("cause")}
        </label>
        <select id={ids.cause} value={cause} onChange={(e) => setDraft({ ...draft, cause: e.target.value as BeliefCause })} className={field}>
          {CAUSES.map((c) => (
            <option key={c.id} value={c.id}>
              {b(c.key)}
            </option>
          ))}
        </select>
      </section>
      <SendButton busy={busy} disabled={view.beliefs.some((x) => !votes[x.id])} onClick={send} />
    </div>
  );
}
