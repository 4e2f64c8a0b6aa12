"use client";

import { useEffect, useRef } from "react";

/**
 * Calls `onTimeUp` once when the countdown is seen reaching zero. A page opened (or reloaded)
 * after the end stays quiet: only a change from "time left" to "none left" counts.
 */
export function useTimeUp(seconds: number | null, onTimeUp: () => void): void {
  const previous = useRef<number | null>(null);
  const callback = useRef(onTimeUp);

  useEffect(() => {
    callback.current = onTimeUp;
  }, [onTimeUp]);

  useEffect(() => {
    const before = previous.current;
    previous.current = seconds;
    if (before !== null && before > 0 && seconds === 0) callback.current();
  }, [seconds]);
}
