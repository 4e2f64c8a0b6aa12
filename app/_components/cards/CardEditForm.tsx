"use client";

import { useState, type FormEvent } from "react";
import { useT } from "@/lib/client/i18n";
import { button } from "../shared/ui";
import { CardTextField } from "./CardTextField";

/** Inline editing of a card: one's own on a phone, any card on the console. */
export function CardEditForm({
  initial,
  label,
  onChange,
  onSave,
  onCancel,
}: {
  initial: string;
  label?: string;
  /** Told of every change, for a draft kept above the form (editDrafts.tsx). */
  onChange?: (text: string) => void;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const t = useT("common");
  const [text, setText] = useState(initial);
  const trimmed = text.trim();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!trimmed) return;
    onSave(trimmed);
  }

  return (
    <form onSubmit={submit} className="space-y-2 rounded-lg border-2 border-brand bg-surface p-3">
      <CardTextField
        label={label ?? t("editYourCard")}
        value={text}
        onChange={(next) => {
          setText(next);
          onChange?.(next);
        }}
        autoFocus
        rows={3}
      />
      <div className="flex gap-2">
        <button type="submit" disabled={!trimmed} className={button.primary}>
          {t("save")}
        </button>
        <button type="button" onClick={onCancel} className={button.secondary}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
