"use client";

import { useState } from "react";
import type { Card } from "@/lib/domain";
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
  /** The other cards this one can be merged into, with a short label each. */
  targets: { id: string; label: string }[];
  send: Send;
}

/** One card on the facilitator's board: edit, hide, spotlight, or merge it into a duplicate. */
export function ModeratedCard({ card, text, author, accent, hidden, spotlit, merged, status, targets, send }: ModeratedCardProps) {
  const [mode, setMode] = useState<"idle" | "editing" | "merging">("idle");
  const editing = mode === "editing";
  const setEditing = (on: boolean) => setMode(on ? "editing" : "idle");
  if (editing) {
    return (
      <CardEditForm
        initial={text}
        label="Edit card"
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
      status={status ?? (hidden ? "hidden" : spotlit ? "in the spotlight" : undefined)}
    >
      <button type="button" className={small} onClick={() => setEditing(true)}>
        Edit
      </button>
      <button type="button" className={small} onClick={() => send({ type: "card.setHidden", cardId: card.id, hidden: !hidden })}>
        {hidden ? "Unhide" : "Hide"}
      </button>
      <button
        type="button"
        aria-pressed={spotlit}
        disabled={hidden}
        className={spotlit ? `${button.primary} min-h-9 px-3 py-1 text-sm` : small}
        onClick={() => send({ type: "spotlight.set", ref: spotlit ? null : { kind: "card", id: card.id } })}
      >
        Spotlight
      </button>
      {targets.length > 0 && mode !== "merging" ? (
        <button type="button" className={small} onClick={() => setMode("merging")}>
          Merge into…
        </button>
      ) : null}
      {mode === "merging" ? (
        // Built only on demand: the other cards' texts stay out of this card until asked for.
        <div className="flex w-full flex-wrap gap-2">
          <select
            aria-label="Merge this card into"
            autoFocus
            value=""
            onChange={(e) => {
              if (!e.target.value) return;
              send({ type: "card.merge", cardId: card.id, intoCardId: e.target.value });
              setMode("idle");
            }}
            className="min-h-9 w-full rounded-lg border-2 border-line bg-surface px-2 py-1 text-sm"
          >
            <option value="">Pick the card it duplicates…</option>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
          <button type="button" className={`${button.quiet} min-h-9 px-2 py-1 text-sm`} onClick={() => setMode("idle")}>
            Cancel
          </button>
        </div>
      ) : null}
    </CardView>
  );
}
