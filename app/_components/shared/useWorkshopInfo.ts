"use client";

import { useCallback, useEffect, useState } from "react";
import { isJoinCode } from "@/lib/domain/joinCode";
import { api, ApiFailure } from "@/lib/client/api";
import type { PublicWorkshopInfo } from "@/lib/protocol";

export type WorkshopInfo =
  | { status: "loading" }
  | { status: "ready"; info: PublicWorkshopInfo }
  | { status: "missing" }
  /** `null` when the failure had no words of its own: the page says "Something went wrong." */
  | { status: "error"; failure: ApiFailure | null };

/** The workshop's public card (title, teams, join URL), fetched once over HTTP. */
export function useWorkshopInfo(code: string): [WorkshopInfo, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; info: WorkshopInfo } | null>(null);
  const key = `${code}:${attempt}`;

  useEffect(() => {
    if (!isJoinCode(code)) return;
    let live = true;
    api.workshop(code).then(
      (info) => live && setResult({ key, info: { status: "ready", info } }),
      (err: unknown) => {
        if (!live) return;
        const missing = err instanceof ApiFailure && err.status === 404;
        const failure = err instanceof ApiFailure ? err : null;
        setResult({ key, info: missing ? { status: "missing" } : { status: "error", failure } });
      },
    );
    return () => {
      live = false;
    };
  }, [code, key]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (!isJoinCode(code)) return [{ status: "missing" }, retry];
  // A stale answer (for an earlier attempt) counts as still loading.
  return [result?.key === key ? result.info : { status: "loading" }, retry];
}
