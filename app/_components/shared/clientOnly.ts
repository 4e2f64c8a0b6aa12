"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/** False during the server render and hydration, true after: for values only a browser has. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

function onHashChange(listener: () => void): () => void {
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}

/** The page's #fragment, following in-page changes; `null` on the server. */
export function useLocationHash(): string | null {
  return useSyncExternalStore(
    onHashChange,
    () => window.location.hash,
    () => null,
  );
}
