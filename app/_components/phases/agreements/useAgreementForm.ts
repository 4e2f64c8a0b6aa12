"use client";

import { useCallback, useEffect, useState } from "react";
import type { WorkshopState } from "@/lib/domain";
import { EMPTY_DRAFT, hasLanded, type AgreementDraft, type SentAgreement } from "@/lib/domain/features/agreements/form";
import { browserStorage, readJson } from "@/lib/client/storage";

export interface AgreementFormState {
  draft: AgreementDraft;
  /** The top idea the agreement is made from. */
  fromCardId: string | null;
  /** The agreement being changed; `null` makes a new one. */
  editingId: string | null;
  /** After a first attempt to send, the messages follow the typing. */
  tried: boolean;
  sent: SentAgreement | null;
}

export const FRESH_FORM: AgreementFormState = { draft: EMPTY_DRAFT, fromCardId: null, editingId: null, tried: false, sent: null };

function revive(raw: unknown): AgreementFormState {
  if (typeof raw !== "object" || raw === null || !("draft" in raw) || typeof raw.draft !== "object") return FRESH_FORM;
  const stored = raw as Partial<AgreementFormState>;
  return { ...FRESH_FORM, ...stored, draft: { ...EMPTY_DRAFT, ...stored.draft } };
}

/**
 * The agreement form's state, kept in this browser (a reload in front of the room loses nothing)
 * and emptied once what it sent is in the workshop — not before, so a refusal keeps the text.
 */
export function useAgreementForm(key: string, state: WorkshopState): [AgreementFormState, (next: AgreementFormState) => void] {
  const storageKey = `onside:agreement-form:${key}`;
  // Tagged with the key it was read for: nothing is saved over a stored form before it is read.
  const [held, setHeld] = useState<{ key: string | null; form: AgreementFormState }>({ key: null, form: FRESH_FORM });

  useEffect(() => {
    // Read after mount: the server render has no storage, and the first client render must match it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHeld({ key: storageKey, form: revive(readJson<unknown>(browserStorage(), storageKey, null)) });
  }, [storageKey]);

  useEffect(() => {
    if (held.key !== storageKey) return;
    const storage = browserStorage();
    if (isFresh(held.form)) storage.remove(storageKey);
    else storage.set(storageKey, JSON.stringify(held.form));
  }, [held, storageKey]);

  const update = useCallback((form: AgreementFormState) => setHeld({ key: storageKey, form }), [storageKey]);

  // The answer arrives as an event, not as a reply to this form: empty it when it shows up.
  if (held.form.sent !== null && hasLanded(state, held.form.sent)) setHeld({ key: held.key, form: FRESH_FORM });

  return [held.form, update];
}

function isFresh(form: AgreementFormState): boolean {
  return form.sent === null && form.editingId === null && form.fromCardId === null && isEmpty(form.draft);
}

export function sameDraft(a: AgreementDraft, b: AgreementDraft): boolean {
  return (Object.keys(a) as (keyof AgreementDraft)[]).every((k) => a[k] === b[k]);
}

export function isEmpty(draft: AgreementDraft): boolean {
  return sameDraft(draft, EMPTY_DRAFT);
}
