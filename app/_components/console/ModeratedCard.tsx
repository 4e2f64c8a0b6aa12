"use client";

import { memo, useState } from "react";
import type { Card } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import type { Send } from "../phases/types";
import { CardEditForm } from "../cards/CardEditForm";
import { CardView } from "../cards/CardView";
import { button } from "../shared/ui";
import { useMergeTargets } from "./mergeTargets";

const small = `${button.secondary} min-h-9 px-3 py-1 text-sm`;

export interface ModeratedCardProps {
  card: Card;
  /** The text to show: a pending edit's, else the card's. */
  text: string;
  author: string;
  accent: string;
  hidden: boolean;
  spotlit: boolean;
  merged: number;
  status?: string;
  /** There is another card this one could be merged into (the list itself: mergeTargets.ts). */
  canMerge: boolean;
  /** The same function from render to render, or every card is drawn again each time. */
  send: Send;
}

/**
 * One card on the facilitator's board: edit, hide, spotlight, or merge it into a duplicate.
 * Drawn again only when one of its props changes: a kick-off's board holds 2,000 cards, and each
 * flush of cards would otherwise draw them all.
 */
export const ModeratedCard = memo(function ModeratedCard({ card, text, author, accent, hidden, spotlit, merged, status, canMerge, send }: ModeratedCardProps) {
  const t = useT("facilitator");
  const [mode, setMode] = useState<"idle" | "editing" | "merging">("idle");
  const editing = mode === "editing";
  const setEditing = (on: boolean) => setMode(on ? "editing" : "idle");
  if (editing) {
    return (
      <CardEditForm
        initial={text}
        label={t("editCard")}
        onCancel={() => setEditing(false)}
        onSave={(next) => {
          if (next !== text) send({ type: "card.edit", cardId: card.id, text: next });
          setEditing(false);
        }}
      />
    );
  }
  return (
    <CardView
      size="console"
      text={text}
      author={author}
      accent={accent}
      dimmed={hidden}
      merged={merged}
      status={status ?? (hidden ? t("hidden") : spotlit ? t("inSpotlight") : undefined)}
    >
      <button type="button" className={small} onClick={() => setEditing(true)}>
        {t("edit")}
      </button>
      <button type="button" className={small} onClick={() => send({ type: "card.setHidden", cardId: card.id, hidden: !hidden })}>
        {hidden ? t("unhide") : t("hide")}
      </button>
      <button
        type="button"
        aria-pressed={spotlit}
        disabled={hidden}
        className={spotlit ? `${button.primary} min-h-9 px-3 py-1 text-sm` : small}
        onClick={() => send({ type: "spotlight.set", ref: spotlit ? null : { kind: "card", id: card.id } })}
      >
        {t("spotlight")}
      </button>
      {canMerge && mode !== "merging" ? (
        <button type="button" className={small} onClick={() => setMode("merging")}>
          {t("mergeInto")}
        </button>
      ) : null}
      {mode === "merging" ? (
        <MergeInto
          card={card}
          onPick={(intoCardId) => {
            send({ type: "card.merge", cardId: card.id, intoCardId });
            setMode("idle");
          }}
          onCancel={() => setMode("idle")}
        />
      ) : null}
    </CardView>
  );
});

/** The open "Merge into…" list: the other cards of its board, read when it is drawn. */
function MergeInto({ card, onPick, onCancel }: { card: Card; onPick: (intoCardId: string) => void; onCancel: () => void }) {
  const t = useT("facilitator");
  const targets = useMergeTargets()(card).filter((target) => target.id !== card.id);
  return (
    <div className="flex w-full flex-wrap gap-2">
      <select
        aria-label={t("mergeThisInto")}
        autoFocus
        value=""
        onChange={(e) => {
          if (e.target.value) onPick(e.target.value);
        }}
        className="min-h-9 w-full rounded-lg border-2 border-line bg-surface px-2 py-1 text-sm"
      >
        <option value="">{t("pickDuplicate")}</option>
        {targets.map((target) => (
          <option key={target.id} value={target.id}>
            {target.label}
          </option>
        ))}
      </select>
      <button type="button" className={`${button.quiet} min-h-9 px-2 py-1 text-sm`} onClick={onCancel}>
        {t("cancel")}
      </button>
    </div>
  );
}
