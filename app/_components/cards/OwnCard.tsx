"use client";

import { useState } from "react";
import { button } from "../shared/ui";
import { CardEditForm } from "./CardEditForm";
import { CardView } from "./CardView";

/** One of my own cards: Edit in place, Delete after a second tap (no browser dialog on phones). */
export function OwnCard({
  text,
  author,
  team,
  accent,
  status,
  merged,
  busy,
  onEdit,
  onDelete,
}: {
  text: string;
  author: string;
  team: string;
  accent: string;
  status?: string;
  merged?: number;
  /** An edit or delete is on its way: no new actions until it lands. */
  busy: boolean;
  onEdit: (text: string) => void;
  onDelete: () => void;
}) {
  const [mode, setMode] = useState<"idle" | "editing" | "confirming">("idle");

  if (mode === "editing") {
    return (
      <CardEditForm
        initial={text}
        onCancel={() => setMode("idle")}
        onSave={(next) => {
          if (next !== text) onEdit(next);
          setMode("idle");
        }}
      />
    );
  }

  return (
    <CardView text={text} author={author} team={team} accent={accent} status={status} merged={merged} dimmed={status === "Deleting…"}>
      {busy ? null : mode === "confirming" ? (
        <div role="group" aria-label="Confirm delete" className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">Delete this card?</span>
          <button
            type="button"
            className={button.danger}
            onClick={() => {
              setMode("idle");
              onDelete();
            }}
          >
            Delete it
          </button>
          <button type="button" className={button.secondary} onClick={() => setMode("idle")} autoFocus>
            Keep it
          </button>
        </div>
      ) : (
        <>
          <button type="button" className={button.secondary} onClick={() => setMode("editing")}>
            Edit
          </button>
          <button type="button" className={button.quiet} onClick={() => setMode("confirming")}>
            Delete
          </button>
        </>
      )}
    </CardView>
  );
}
