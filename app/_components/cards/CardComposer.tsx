"use client";

import { useId, useState, type FormEvent } from "react";
import { useT } from "@/lib/client/i18n";
import { useDraft } from "@/lib/client/useDraft";
import { button } from "../shared/ui";
import { CardTextField } from "./CardTextField";

/** The composer's form, for whoever needs to bring it back into view (BackToComposer). */
export const COMPOSER_ID = "card-composer";

/**
 * Writing a card. The draft lives on the phone (a reload keeps it); once posted, the outbox holds
 * it until the server confirms, so the box can be emptied at once for the next card. In a phase
 * with columns, the card goes into the column picked (kept for the next card).
 */
export function CardComposer({
  draftKey,
  sending,
  columns = [],
  anonymous = false,
  onPost,
}: {
  draftKey: string;
  /** Cards posted here that the server has not confirmed yet. */
  sending: number;
  columns?: readonly { id: string; label: string }[];
  anonymous?: boolean;
  onPost: (text: string, column: string | null) => void;
}) {
  const t = useT("phone");
  const [draft, setDraft] = useDraft(draftKey);
  const [column, setColumn] = useState<string | null>(null);
  const [missingColumn, setMissingColumn] = useState(false);
  const errorId = useId();
  const text = draft.trim();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text) return;
    if (columns.length > 0 && !columns.some((c) => c.id === column)) {
      setMissingColumn(true);
      return;
    }
    onPost(text, columns.length > 0 ? column : null);
    setDraft("");
  }

  return (
    <form id={COMPOSER_ID} onSubmit={submit} className="space-y-2">
      {columns.length > 0 ? (
        <fieldset
          aria-invalid={missingColumn || undefined}
          aria-describedby={missingColumn ? errorId : undefined}
          className="space-y-2"
        >
          <legend className="mb-1 font-semibold">{t("whereDoesItGo")}</legend>
          <div className="grid grid-cols-1 gap-2 min-[420px]:grid-cols-2">
            {columns.map((c) => (
              <label
                key={c.id}
                className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-line bg-surface px-3 py-2 font-semibold has-checked:border-brand has-checked:bg-brand-soft has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus"
              >
                <input
                  type="radio"
                  name={`${draftKey}-column`}
                  value={c.id}
                  checked={column === c.id}
                  onChange={() => {
                    setColumn(c.id);
                    setMissingColumn(false);
                  }}
                  className="size-5 shrink-0 accent-brand focus-visible:outline-none"
                />
                <span className="wrap-anywhere">{c.label}</span>
              </label>
            ))}
          </div>
          {missingColumn ? (
            <p id={errorId} className="font-semibold text-danger">
              {t("pickColumn")}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <CardTextField label={t("yourCard")} value={draft} onChange={setDraft} />
      {anonymous ? <p className="text-sm text-muted">{t("anonymousHint")}</p> : null}
      <button type="submit" disabled={!text} className={`${button.primary} w-full text-lg`}>
        {t("post")}
      </button>
      <p aria-live="polite" className="min-h-6 text-center text-sm text-muted">
        {sending === 0 ? "" : t("sendingCards", { count: sending })}
      </p>
    </form>
  );
}
