"use client";

import { useState } from "react";
import { useT } from "@/lib/client/i18n";
import { button } from "../shared/ui";
import { CardEditForm } from "./CardEditForm";
import { CardView } from "./CardView";
import { useEditDraft } from "./editDrafts";

export type OwnCardPending = "saving" | "deleting";

/** What the outbox still holds for one of my cards: its deletion, else an edit. */
export const ownCardPending = (work: { edits: Map<string, string>; deletes: Set<string> }, cardId: string): OwnCardPending | undefined =>
  work.deletes.has(cardId) ? "deleting" : work.edits.has(cardId) ? "saving" : undefined;

/**
 * One of my own cards: Edit in place, Delete after a second tap (no browser dialog on phones).
 * A card others' cards were merged into cannot be deleted (the server refuses it: they would be
 * left pointing at nothing), so it offers Edit only; its "merged" count says why.
 */
export function OwnCard({
  cardId,
  text,
  author,
  team,
  accent,
  pending,
  merged,
  onEdit,
  onDelete,
}: {
  cardId: string;
  text: string;
  author: string;
  team: string;
  accent: string;
  /** An edit or delete is on its way: shown on the card, and no new actions until it lands. */
  pending?: OwnCardPending;
  merged?: number;
  onEdit: (text: string) => void;
  onDelete: () => void;
}) {
  const t = useT("common");
  const busy = pending !== undefined;
  const [draft, setDraft] = useEditDraft(cardId);
  const [confirming, setConfirming] = useState(false);

  if (draft !== undefined) {
    return (
      <CardEditForm
        initial={draft}
        onChange={setDraft}
        onCancel={() => setDraft(undefined)}
        onSave={(next) => {
          if (next !== text) onEdit(next);
          setDraft(undefined);
        }}
      />
    );
  }

  return (
    <CardView text={text} author={author} team={team} accent={accent} status={pending && t(pending)} merged={merged} dimmed={pending === "deleting"}>
      {busy ? null : confirming ? (
        <div role="group" aria-label={t("confirmDelete")} className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{t("deleteThisCard")}</span>
          <button
            type="button"
            className={button.danger}
            onClick={() => {
              setConfirming(false);
              onDelete();
            }}
          >
            {t("deleteIt")}
          </button>
          <button type="button" className={button.secondary} onClick={() => setConfirming(false)} autoFocus>
            {t("keepIt")}
          </button>
        </div>
      ) : (
        <>
          <button type="button" className={button.secondary} onClick={() => setDraft(text)}>
            {t("edit")}
          </button>
          {merged ? null : (
            <button type="button" className={button.quiet} onClick={() => setConfirming(true)}>
              {t("delete")}
            </button>
          )}
        </>
      )}
    </CardView>
  );
}
