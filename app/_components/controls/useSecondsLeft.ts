"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { Timer } from "@/lib/domain";
import { msUntilNextSecond, secondsLeft } from "./timerMath";

const SETTLE_MS = 15;

/**
 * The whole seconds left on the room's timer, re-rendering once per second while it runs and not
 * at all while it is paused or over. Counted here with the server's clock: nothing ticks over the
 * network. `null` when there is no timer.
 */
export function useSecondsLeft(timer: Timer | null, clockOffset: number): number | null {
  const serverNow = useCallback(() => Date.now() + clockOffset, [clockOffset]);

  const subscribe = useCallback(
    (notify: () => void) => {
      if (!timer || timer.startedAt === null) return () => {};
      let handle: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        if (secondsLeft(timer, serverNow()) === 0) return;
        // Just after the displayed second changes, so the clock never lags a full second behind.
        handle = setTimeout(() => {
          notify();
          schedule();
        }, msUntilNextSecond(timer, serverNow()) + SETTLE_MS);
      };
      schedule();
      return () => clearTimeout(handle);
    },
    [timer, serverNow],
  );

  // An integer: the same value between ticks, as useSyncExternalStore requires.
  const read = () => (timer ? secondsLeft(timer, serverNow()) : null);
  return useSyncExternalStore(subscribe, read, () => (timer ? Math.ceil(timer.remainingMs / 1000) : null));
}
