"use client";

import type { FormEvent } from "react";
import { useT } from "@/lib/client/i18n";
import { useDraft } from "@/lib/client/useDraft";
import { CardTextField } from "../../cards/CardTextField";
import { button } from "../../shared/ui";
import { ColumnPicker, isPerspectiveColumn } from "./ColumnPicker";

/**
 * Writing a strength or a challenge about one team. Text and column are drafts on the phone (a
 * reload keeps them); once posted, the outbox holds the card, so the box empties for the next one.
 */
export function PerspectiveComposer({
  draftKey,
  label,
  sending,
  onPost,
}: {
  draftKey: string;
  label: string;
  sending: number;
  onPost: (text: string, column: string) => void;
}) {
  const t = useT("perspective");
  const phone = useT("phone");
  const [draft, setDraft] = useDraft(draftKey);
  const [savedColumn, setColumn] = useDraft(`${draftKey}:column`);
  const column = isPerspectiveColumn(savedColumn) ? savedColumn : "strengths";
  const text = draft.trim();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text) return;
    onPost(text, column);
    setDraft("");
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <ColumnPicker value={column} onChange={setColumn} />
      <CardTextField label={label} value={draft} onChange={setDraft} />
      <button type="submit" disabled={!text} className={`${button.primary} w-full text-lg`}>
        {t(column === "strengths" ? "postAsStrength" : "postAsChallenge")}
      </button>
      <p aria-live="polite" className="min-h-6 text-center text-sm text-muted">
        {sending === 0 ? "" : phone("sendingCards", { count: sending })}
      </p>
    </form>
  );
}
