"use client";

import { useState } from "react";
import type { Card } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import type { Send } from "../phases/types";
import { CardEditForm } from "../cards/CardEditForm";
import { CardView } from "../cards/CardView";
import { button } from "../shared/ui";

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
  /**
   * The cards this one can be merged into, with a short label each; this card itself may be among
   * them (it is left out here): a board passes every card the same list instead of building one
   * per card, which at 2,000 cards was four million entries on every update.
   */
  targets: readonly { id: string; label: string }[];
  send: Send;
}

/** One card on the facilitator's board: edit, hide, spotlight, or merge it into a duplicate. */
export function ModeratedCard({ card, text, author, accent, hidden, spotlit, merged, status, targets, send }: ModeratedCardProps) {
  const t = useT("facilitator");
  const others = targets.some((target) => target.id !== card.id);
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
      {others && mode !== "merging" ? (
        <button type="button" className={small} onClick={() => setMode("merging")}>
          {t("mergeInto")}
        </button>
      ) : null}
      {mode === "merging" ? (
        // Built only on demand: the other cards' texts stay out of this card until asked for.
        <div className="flex w-full flex-wrap gap-2">
          <select
            aria-label={t("mergeThisInto")}
            autoFocus
            value=""
            onChange={(e) => {
              if (!e.target.value) return;
              send({ type: "card.merge", cardId: card.id, intoCardId: e.target.value });
              setMode("idle");
            }}
            className="min-h-9 w-full rounded-lg border-2 border-line bg-surface px-2 py-1 text-sm"
          >
            <option value="">{t("pickDuplicate")}</option>
            {targets.filter((target) => target.id !== card.id).map((target) => (
              <option key={target.id} value={target.id}>
                {target.label}
              </option>
            ))}
          </select>
          <button type="button" className={`${button.quiet} min-h-9 px-2 py-1 text-sm`} onClick={() => setMode("idle")}>
            {t("cancel")}
          </button>
        </div>
      ) : null}
    </CardView>
  );
}
