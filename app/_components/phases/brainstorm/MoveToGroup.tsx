"use client";

import { useId, useState, type FormEvent } from "react";
import { LIMITS, type IdeaGroup } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { button, field } from "../../shared/ui";
import { small } from "./styles";

const NEW = "__new";

/** The keyboard- and phone-friendly way to move an idea: a select of the groups, and "New group…". */
export function MoveToGroup({
  ideaText,
  groupId,
  groups,
  disabled = false,
  compact = false,
  onMove,
  onNewGroup,
}: {
  ideaText: string;
  groupId: string | null;
  groups: readonly IdeaGroup[];
  disabled?: boolean;
  compact?: boolean;
  onMove: (groupId: string | null) => void;
  onNewGroup: (title: string) => void;
}) {
  const t = useT("brainstorm");
  const id = useId();
  const [naming, setNaming] = useState(false);
  const [title, setTitle] = useState("");
  const trimmed = title.trim();

  function create(e: FormEvent) {
    e.preventDefault();
    if (!trimmed) return;
    onNewGroup(trimmed);
    setTitle("");
    setNaming(false);
  }

  if (naming) {
    return (
      <form onSubmit={create} className="flex w-full flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className="block text-sm font-semibold">
            {t("newGroupName")}
          </label>
          <input
            id={id}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={LIMITS.columnLabel}
            autoFocus
            className={field}
          />
        </div>
        <button type="submit" disabled={!trimmed} className={compact ? small.primary : button.primary}>
          {t("createAndMove")}
        </button>
        <button type="button" onClick={() => setNaming(false)} className={compact ? small.quiet : button.quiet}>
          {t("cancel")}
        </button>
      </form>
    );
  }

  return (
    // The list goes under its label when both do not fit: a group's name must stay readable.
    <div className={`flex flex-wrap items-center gap-x-2 gap-y-1 ${compact ? "w-full" : "min-w-0 flex-1"}`}>
      <label htmlFor={id} className="shrink-0 text-sm font-semibold">
        {t("moveToGroup")}
        <span className="sr-only">: {ideaText}</span>
      </label>
      <select
        id={id}
        value={groupId ?? ""}
        disabled={disabled}
        onChange={(e) => {
          const value = e.target.value;
          if (value === NEW) setNaming(true);
          else onMove(value === "" ? null : value);
        }}
        className={`${field} min-w-[11rem] flex-1 ${compact ? "text-sm" : "min-h-11"}`}
      >
        <option value="">{t("noGroup")}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.title}
          </option>
        ))}
        <option value={NEW}>{t("newGroupOption")}</option>
      </select>
    </div>
  );
}
