"use client";

import { useId, useState, type FormEvent } from "react";
import { LIMITS, type Phase } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { button, field, label } from "../../shared/ui";
import { FieldError } from "./FieldError";
import { KIND_KEY } from "./kindNames";
import type { Edits } from "./useEdits";

/** The chosen phase's title, prompt and time box. Mounted with `key={phase.id}`: a new phase starts a new draft. */
export function PhaseForm({ phase, edits }: { phase: Phase; edits: Edits }) {
  const t = useT("agenda");
  const [title, setTitle] = useState(phase.title);
  const [prompt, setPrompt] = useState(phase.prompt);
  const [minutes, setMinutes] = useState(phase.timeboxMinutes === null ? "" : String(phase.timeboxMinutes));
  const [saved, setSaved] = useState(false);
  const ids = { title: useId(), prompt: useId(), minutes: useId(), error: useId() };
  const key = `update:${phase.id}`;
  const error = edits.errors[key];

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const timeboxMinutes = minutes.trim() === "" ? null : Number(minutes);
    const answer = await edits.run(key, {
      type: "agenda.updatePhase",
      phaseId: phase.id,
      ...(title !== phase.title && { title }),
      ...(prompt !== phase.prompt && { prompt }),
      ...(timeboxMinutes !== phase.timeboxMinutes && { timeboxMinutes }),
    });
    setSaved(answer.ok);
  }

  const described = error ? ids.error : undefined;
  return (
    <form onSubmit={save} className="space-y-3" aria-label={phase.title}>
      <p className="text-sm text-muted">
        {t("kind")}: <strong>{t(KIND_KEY[phase.kind])}</strong>
      </p>
      <div className="space-y-1">
        <label htmlFor={ids.title} className={label}>
          {t("title")}
        </label>
        <input
          id={ids.title}
          value={title}
          maxLength={LIMITS.phaseTitle}
          required
          onChange={(e) => setTitle(e.target.value)}
          aria-describedby={described}
          className={field}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={ids.prompt} className={label}>
          {t("prompt")}
        </label>
        <textarea
          id={ids.prompt}
          value={prompt}
          maxLength={LIMITS.phasePrompt}
          rows={3}
          onChange={(e) => setPrompt(e.target.value)}
          aria-describedby={described}
          className={field}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={ids.minutes} className={label}>
          {t("timebox")}
        </label>
        <input
          id={ids.minutes}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={minutes}
          placeholder={t("noTimebox")}
          onChange={(e) => setMinutes(e.target.value)}
          aria-describedby={described}
          className={`${field} max-w-40`}
        />
      </div>
      <FieldError id={ids.error} message={error} />
      <div className="flex items-center gap-3">
        <button type="submit" className={button.primary} disabled={edits.busy === key}>
          {t("saveChanges")}
        </button>
        {saved && !error ? (
          <span role="status" className="text-sm text-muted">
            {t("saved")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
