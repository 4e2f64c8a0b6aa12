"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { browserStorage } from "./storage";

const storageKey = (key: string) => `onside:draft:${key}`;

/** Reads back what was kept: text as typed, anything else as JSON checked by `restore`. */
export function decodeDraft<T>(raw: string | null, empty: T, restore: ((stored: unknown) => T) | null): T {
  if (raw === null) return empty;
  if (!restore) return (typeof empty === "string" ? raw : empty) as T;
  try {
    return restore(JSON.parse(raw));
  } catch {
    return empty;
  }
}

/** What to keep for a value: nothing when it is back to empty, so a finished draft leaves no trace. */
export function encodeDraft<T>(value: T, empty: T, json: boolean): string | null {
  if (!json) return value ? String(value) : null;
  const encoded = JSON.stringify(value);
  return encoded === JSON.stringify(empty) ? null : encoded;
}

/** Forgets a draft without its hook, e.g. once what it held has been sent. */
export function clearDraft(key: string) {
  browserStorage().remove(storageKey(key));
}

/**
 * Text being typed, kept on the phone so a reload or a locked screen does not lose it.
 *
 * With `empty` and `restore`, any JSON value instead (a step's choices and texts): `restore` gets
 * what was stored, unchecked, and returns what of it still fits (or throws for `empty`).
 */
export function useDraft(key: string): [string, (value: string) => void];
export function useDraft<T>(key: string, empty: T, restore: (stored: unknown) => T): [T, (value: T) => void];
export function useDraft<T>(key: string, empty?: T, restore?: (stored: unknown) => T): [T | string, (value: T | string) => void] {
  const json = restore !== undefined;
  const blank: T | string = json ? (empty as T) : "";
  const [value, setValue] = useState<T | string>(blank);
  // The latest `empty` and `restore`, so callers may pass fresh ones on every render.
  const latest = useRef({ blank, restore: restore ?? null });
  useEffect(() => {
    latest.current = { blank, restore: restore ?? null };
  });
  useEffect(() => {
    // Read after mount: the server render has no storage, and the first client render must match it.
    const { blank, restore } = latest.current;
    setValue(decodeDraft(browserStorage().get(storageKey(key)), blank, restore));
  }, [key]);
  const update = useCallback(
    (next: T | string) => {
      setValue(next);
      const encoded = encodeDraft(next, latest.current.blank, json);
      const storage = browserStorage();
      if (encoded !== null) storage.set(storageKey(key), encoded);
      else storage.remove(storageKey(key));
    },
    [key, json],
  );
  return [value, update];
}
