"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

/**
 * Edits in progress, by card id, kept above a list that may be drawn another way: a phone's list
 * crossing LONG_LIST cards swaps the whole list for the long one, and every card in it is drawn
 * anew. Without this, a participant typing an edit at that moment would see it closed and lose it.
 */
const EditDrafts = createContext<Map<string, string> | null>(null);

export function EditDraftsKeeper({ children }: { children: ReactNode }) {
  const [drafts] = useState(() => new Map<string, string>());
  return <EditDrafts value={drafts}>{children}</EditDrafts>;
}

/** The text of my edit of this card, if I am editing it (`undefined`: not editing). */
export function useEditDraft(cardId: string): [string | undefined, (text: string | undefined) => void] {
  const drafts = useContext(EditDrafts);
  const [draft, setDraft] = useState(() => drafts?.get(cardId));
  const set = useCallback(
    (text: string | undefined) => {
      setDraft(text);
      if (text === undefined) drafts?.delete(cardId);
      else drafts?.set(cardId, text);
    },
    [drafts, cardId],
  );
  return [draft, set];
}
