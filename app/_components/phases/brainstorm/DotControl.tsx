"use client";

import { square } from "./styles";

/** My votes on one idea: − and + around the count; several on one idea are allowed. */
export function DotControl({
  ideaText,
  mine,
  canAdd,
  canRemove,
  onAdd,
  onRemove,
}: {
  ideaText: string;
  mine: number;
  canAdd: boolean;
  canRemove: boolean;
  onAdd: () => void;
  onRemove: () => void;
}) {
  return (
    <div role="group" aria-label={`Your votes on: ${ideaText}`} className="flex shrink-0 items-center gap-1">
      <button type="button" className={square.secondary} disabled={!canRemove} onClick={onRemove} aria-label="Take a vote back">
        −
      </button>
      <span className="min-w-16 text-center leading-tight" aria-live="polite">
        <span className="block text-xl font-bold tabular-nums">{mine}</span>
        <span className="block text-xs text-muted">{mine === 1 ? "vote" : "votes"}</span>
      </span>
      <button type="button" className={square.primary} disabled={!canAdd} onClick={onAdd} aria-label="Give a vote">
        +
      </button>
    </div>
  );
}
