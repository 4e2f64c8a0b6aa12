"use client";

import { useT } from "@/lib/client/i18n";
import { PERSPECTIVE_COLUMNS } from "@/lib/domain";

export type PerspectiveColumnId = (typeof PERSPECTIVE_COLUMNS)[number]["id"];

/** Strengths or Challenges: two big toggles, the chosen one filled. */
export function ColumnPicker({ value, onChange }: { value: PerspectiveColumnId; onChange: (column: PerspectiveColumnId) => void }) {
  const t = useT("perspective");
  return (
    <div role="group" aria-label={t("kindOfCard")} className="grid grid-cols-2 gap-2">
      {PERSPECTIVE_COLUMNS.map((column) => {
        const chosen = value === column.id;
        return (
          <button
            key={column.id}
            type="button"
            aria-pressed={chosen}
            onClick={() => onChange(column.id)}
            className={`min-h-11 rounded-lg border-2 px-3 py-2 text-lg font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${
              chosen ? "border-brand bg-brand text-white" : "border-line bg-surface text-ink hover:border-brand hover:bg-brand-soft"
            }`}
          >
            {t(column.id)}
          </button>
        );
      })}
    </div>
  );
}

export function isPerspectiveColumn(value: string): value is PerspectiveColumnId {
  return PERSPECTIVE_COLUMNS.some((c) => c.id === value);
}
