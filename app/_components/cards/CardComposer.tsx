"use client";

import type { FormEvent } from "react";
import { useDraft } from "@/lib/client/useDraft";
import { button } from "../shared/ui";
import { CardTextField } from "./CardTextField";

/**
 * Writing a card. The draft lives on the phone (a reload keeps it); once posted, the outbox holds
 * it until the server confirms, so the box can be emptied at once for the next card.
 */
export function CardComposer({
  draftKey,
  sending,
  onPost,
}: {
  draftKey: string;
  /** Cards posted here that the server has not confirmed yet. */
  sending: number;
  onPost: (text: string) => void;
}) {
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
      <CardTextField label="Your card" value={draft} onChange={setDraft} />
      <button type="submit" disabled={!text} className={`${button.primary} w-full text-lg`}>
        Post
      </button>
      <p aria-live="polite" className="min-h-6 text-center text-sm text-muted">
        {sending === 0 ? "" : sending === 1 ? "Sending your card…" : `Sending ${sending} cards…`}
      </p>
    </form>
  );
}
