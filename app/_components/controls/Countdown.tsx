"use client";

import { useT } from "@/lib/client/i18n";
import type { Timer } from "@/lib/domain";
import { formatClock, spokenClock } from "./timerMath";
import { useSecondsLeft } from "./useSecondsLeft";
import { useTimeUp } from "./useTimeUp";

export type CountdownSize = "phone" | "console" | "screen";

const NUMBER: Record<CountdownSize, string> = {
  phone: "text-lg",
  console: "text-4xl",
  screen: "text-[clamp(2.5rem,5.5vw,7rem)] leading-none",
};
const LABEL: Record<CountdownSize, string> = {
  phone: "text-sm",
  console: "text-sm",
  screen: "text-[clamp(0.9rem,1.3vw,1.6rem)]",
};

/**
 * The room's timer as a clock, counted down on this device with the server's clock. Shows
 * "Time's up" at zero rather than a negative time. `onTimeUp` runs when zero is reached live.
 */
export function Countdown({
  timer,
  clockOffset,
  size,
  onTimeUp,
}: {
  timer: Timer | null;
  clockOffset: number;
  size: CountdownSize;
  onTimeUp?: () => void;
}) {
  const t = useT("common");
  const seconds = useSecondsLeft(timer, clockOffset);
  useTimeUp(seconds, onTimeUp ?? noop);
  if (!timer || seconds === null) return null;

  const up = seconds === 0;
  const paused = timer.startedAt === null && !up;
  const low = !up && seconds <= 60;
  const tone = up ? "bg-danger text-white" : low ? "bg-warn-soft text-warn-ink" : "bg-brand-soft text-brand-strong";
  const shape = size === "screen" ? "rounded-2xl px-[1.2vw] py-[0.8vh]" : size === "phone" ? "rounded-full px-3 py-0.5" : "rounded-xl px-4 py-2";

  return (
    <div className={`inline-flex items-baseline gap-2 font-bold ${tone} ${shape} ${up && size === "screen" ? "motion-safe:animate-pulse" : ""}`}>
      {/* role=timer is not announced every second; the separate region below speaks once, at the end. */}
      <span role="timer" aria-label={up ? t("timesUp") : t(paused ? "timeLeftPaused" : "timeLeft", { time: spokenClock(seconds, (unit, count) => t(unit, { count })) })} className={`${NUMBER[size]} tabular-nums`}>
        <span aria-hidden="true">{up ? t("timesUp") : formatClock(seconds)}</span>
      </span>
      {paused ? <span className={`${LABEL[size]} font-semibold uppercase`}>{t("paused")}</span> : null}
      <span aria-live="polite" className="sr-only">
        {up ? t("timesUp") : ""}
      </span>
    </div>
  );
}

function noop() {}
