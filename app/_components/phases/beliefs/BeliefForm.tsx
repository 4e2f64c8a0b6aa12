"use client";

import { useId, type FormEvent } from "react";
import { LIMITS, type BeliefCause, type Team } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { useDraft } from "@/lib/client/useDraft";
import { button, field, label } from "../../shared/ui";
import { useBeliefLabels } from "./labels";
import { TextWithCounter } from "./TextWithCounter";

export interface NewBelief {
  aboutTeamId: string | null;
  cause: BeliefCause;
  text: string;
}

/** "" is "not chosen yet": a belief is posted about someone on purpose, never by default. */
const EVERYONE = "everyone";

/**
 * Posting a belief: about whom, its likely cause, what is said. All three survive a reload; once
 * posted, the outbox holds it until the server confirms, so the form empties at once.
 */
export function BeliefForm({
  draftKey,
  teams,
  sending,
  onPost,
}: {
  draftKey: string;
  teams: readonly Team[];
  sending: number;
  onPost: (belief: NewBelief) => void;
}) {
  const t = useT("beliefs");
  const { causes } = useBeliefLabels();
  const [about, setAbout] = useDraft(`${draftKey}:about`);
  const [cause, setCause] = useDraft(`${draftKey}:cause`);
  const [text, setText] = useDraft(`${draftKey}:text`);
  const aboutId = useId();
  const trimmed = text.trim();
  const chosenCause = causes.find((c) => c.id === cause)?.id;
  const validAbout = about === EVERYONE || teams.some((t) => t.id === about);
  const ready = validAbout && chosenCause !== undefined && trimmed.length > 0;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!ready || !chosenCause) return;
    onPost({ aboutTeamId: about === EVERYONE ? null : about, cause: chosenCause, text: trimmed });
    setText("");
    setCause("");
    setAbout("");
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${aboutId}-title`} className="space-y-4 rounded-xl border border-line bg-surface p-4 shadow-sm">
      <div>
        <h3 id={`${aboutId}-title`} className="text-xl font-bold">
          {t("postBelief")}
        </h3>
        <p className="text-muted">{t("anonymous")}</p>
      </div>

      <div className="space-y-1">
        <label htmlFor={aboutId} className={label}>
          {t("aboutWhich")}
        </label>
        <select id={aboutId} value={validAbout ? about : ""} onChange={(e) => setAbout(e.target.value)} className={`${field} min-h-11 text-lg`}>
          <option value="" disabled>
            {t("choose")}
          </option>
          <option value={EVERYONE}>{t("everyone")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="space-y-2">
        <legend className={`${label} mb-1`}>{t("behindIt")}</legend>
        {causes.map((c) => {
          const checked = chosenCause === c.id;
          return (
            <label
              key={c.id}
              className={`flex min-h-14 items-start gap-3 rounded-lg border-2 px-3 py-2 ${
                checked ? "border-brand bg-brand-soft" : "border-line bg-surface"
              } has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus`}
            >
              <input
                type="radio"
                name={`${draftKey}:cause`}
                value={c.id}
                checked={checked}
                onChange={() => setCause(c.id)}
                className="mt-1.5 size-5 shrink-0 accent-brand"
              />
              <span>
                <span className="block text-lg font-semibold">{c.label}</span>
                <span className="block text-sm text-muted">{c.hint}</span>
              </span>
            </label>
          );
        })}
      </fieldset>

      <TextWithCounter label={t("beliefLabel")} value={text} onChange={setText} max={LIMITS.beliefText} hint={t("beliefHint")} />

      <button type="submit" disabled={!ready} className={`${button.primary} w-full text-lg`}>
        {t("postAnonymously")}
      </button>
      <p aria-live="polite" className="min-h-6 text-center text-sm text-muted">
        {sending === 0 ? "" : t("sendingBeliefs", { count: sending })}
      </p>
    </form>
  );
}
