"use client";

import { useId, useState, type FormEvent } from "react";
import { LIMITS } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { button, field } from "../../shared/ui";

/** A group's name: a new group, or renaming one in place. */
export function GroupForm({
  label,
  submitLabel,
  initial = "",
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (title: string) => void;
  onCancel?: () => void;
}) {
  const t = useT("brainstorm");
  const id = useId();
  const [title, setTitle] = useState(initial);
  const trimmed = title.trim();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!trimmed) return;
    onSubmit(trimmed);
    setTitle("");
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
        <input
          id={id}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={LIMITS.columnLabel}
          autoFocus={onCancel !== undefined}
          onKeyDown={(e) => e.key === "Escape" && onCancel?.()}
          className={field}
        />
      </div>
      <button type="submit" disabled={!trimmed} className={button.primary}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel} className={button.quiet}>
          {t("cancel")}
        </button>
      ) : null}
    </form>
  );
}
