"use client";

import type { FormEvent } from "react";
import { useT } from "@/lib/client/i18n";
import { useDraft } from "@/lib/client/useDraft";
import { CardTextField } from "../../cards/CardTextField";
import { button } from "../../shared/ui";

/** Posting an idea. The draft lives on the phone (a reload keeps it); the outbox holds what was posted. */
export function IdeaComposer({ draftKey, sending, onPost }: { draftKey: string; sending: number; onPost: (text: string) => void }) {
  const t = useT("brainstorm");
  const [draft, setDraft] = useDraft(draftKey);
  const text = draft.trim();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text) return;
    onPost(text);
    setDraft("");
  }

  return (
    <form onSubmit={submit} className="space-y-2">
      <CardTextField label={t("yourIdea")} value={draft} onChange={setDraft} rows={3} />
      <button type="submit" disabled={!text} className={`${button.primary} w-full text-lg`}>
        {t("post")}
      </button>
      <p aria-live="polite" className="min-h-6 text-center text-sm text-muted">
        {sending === 0 ? "" : t("sendingIdeas", { count: sending })}
      </p>
    </form>
  );
}
