"use client";

import { useEffect, useSyncExternalStore } from "react";
import { api } from "@/lib/client/api";

/**
 * The server's creation key as typed on the start page, shared by the create and import forms and
 * kept only as long as the page is open (never stored). `required` comes from GET /api/config, or
 * from a refusal that asked for the key.
 */
interface CreateKeyState {
  required: boolean;
  key: string;
}

let state: CreateKeyState = { required: false, key: "" };
let asked = false;
const listeners = new Set<() => void>();

function update(patch: Partial<CreateKeyState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

const serverState: CreateKeyState = { required: false, key: "" };

export function useCreateKey(): CreateKeyState & { setKey: (key: string) => void; markRequired: () => void } {
  useEffect(() => {
    if (asked) return;
    asked = true;
    // Without an answer the forms work as on an open server; a refusal then asks for the key.
    api.config().then(
      (config) => update({ required: config.createSecretRequired }),
      () => {
        asked = false;
      },
    );
  }, []);
  const current = useSyncExternalStore(subscribe, () => state, () => serverState);
  return { ...current, setKey: (key) => update({ key }), markRequired: () => update({ required: true }) };
}

/** The key to send: trimmed, and only on a server that asks for one. */
export const keyToSend = (s: CreateKeyState): string | undefined => (s.required && s.key.trim() ? s.key.trim() : undefined);
