"use client";

import { useId, useState, type FormEvent } from "react";
import { ADDABLE_KINDS, LIMITS, newPhaseDraft, type AddableKind, type WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { button, field, label } from "../../shared/ui";
import { FieldError } from "./FieldError";
import { KIND_KEY } from "./kindNames";
import type { Edits } from "./useEdits";

/**
 * A new phase of a chosen kind after a chosen phase, with first words in the workshop's language
 * (the facilitator renames it right after: the new phase is selected).
 */
export function AddPhaseForm({ state, after, edits, onAdded }: { state: WorkshopState; after: string; edits: Edits; onAdded: (id: string) => void }) {
  const t = useT("agenda");
  const [kind, setKind] = useState<AddableKind>("info");
  const [afterId, setAfterId] = useState<string | null>(null);
  const ids = { kind: useId(), after: useId(), error: useId() };
  const position = afterId && state.agenda.some((p) => p.id === afterId) ? afterId : after;
  const index = state.agenda.findIndex((p) => p.id === position);
  const draft = newPhaseDraft(kind, state.language, state.agenda, index);
  const full = state.agenda.length >= LIMITS.phases;

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const answer = await edits.run("add", { type: "agenda.addPhase", phase: draft, afterPhaseId: position });
    if (answer.ok && answer.data.id) onAdded(answer.data.id);
  }

  return (
    <form onSubmit={add} className="space-y-3">
      <h3 className="font-bold">{t("addHeading")}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={ids.kind} className={label}>
            {t("kind")}
          </label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as AddableKind)} className={field}>
            {ADDABLE_KINDS.map((k) => {
              const possible = newPhaseDraft(k, state.language, state.agenda, index) !== null;
              return (
                <option key={k} value={k} disabled={!possible}>
                  {t(KIND_KEY[k])}
                  {possible ? "" : ` (${t("needsPerspective")})`}
                </option>
              );
            })}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={ids.after} className={label}>
            {t("addAfter")}
          </label>
          <select id={ids.after} value={position} onChange={(e) => setAfterId(e.target.value)} className={field}>
            {state.agenda.map((p, i) => (
              <option key={p.id} value={p.id}>
                {i + 1}. {p.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FieldError id={ids.error} message={edits.errors.add} />
      <button type="submit" className={button.secondary} disabled={!draft || full || edits.busy === "add"} aria-describedby={edits.errors.add ? ids.error : undefined}>
        {t("add")}
      </button>
    </form>
  );
}
