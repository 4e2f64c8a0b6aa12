"use client";

import { useT } from "@/lib/client/i18n";
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
  const t = useT("brainstorm");
  return (
    <div role="group" aria-label={t("yourVotesOn", { idea: ideaText })} className="flex shrink-0 items-center gap-1">
      <button type="button" className={square.secondary} disabled={!canRemove} onClick={onRemove} aria-label={t("takeBack")}>
        −
      </button>
      <span className="min-w-16 text-center leading-tight" aria-live="polite">
        <span className="block text-xl font-bold tabular-nums">{mine}</span>
        <span className="block text-xs text-muted">{t("votesWord", { count: mine })}</span>
      </span>
      <button type="button" className={square.primary} disabled={!canAdd} onClick={onAdd} aria-label={t("giveVote")}>
        +
      </button>
    </div>
  );
}
