import type { Timer } from "@/lib/domain";

/**
 * The timer's arithmetic, kept apart from React so it can be read (and tested) on its own. Every
 * time here is on the server's clock: the browser's `Date.now()` plus the offset the server sent.
 */

/** What is left at `serverNow`: never below zero. */
export function remainingAt(timer: Timer, serverNow: number): number {
  const left = timer.startedAt === null ? timer.remainingMs : timer.remainingMs - (serverNow - timer.startedAt);
  return Math.max(0, left);
}

/** Whole seconds left, rounded up: "0:01" shows until the very end, "0:00" never does. */
export function secondsLeft(timer: Timer, serverNow: number): number {
  return Math.ceil(remainingAt(timer, serverNow) / 1000);
}

/** How long until the displayed second changes, so a tick lands just after each change. */
export function msUntilNextSecond(timer: Timer, serverNow: number): number {
  const left = remainingAt(timer, serverNow);
  const part = left % 1000;
  return part === 0 ? 1000 : part;
}

/** `m:ss`, or `h:mm:ss` from an hour on. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** "3 minutes", "1 second": a count with its unit, in the page's language. */
export type SpokenUnit = (unit: "minutes" | "seconds", count: number) => string;

const english: SpokenUnit = (unit, n) => `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;

/** The same, in words, for screen readers: "4 minutes 5 seconds". */
export function spokenClock(seconds: number, unit: SpokenUnit = english): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts = [m > 0 ? unit("minutes", m) : "", s > 0 || m === 0 ? unit("seconds", s) : ""];
  return parts.filter(Boolean).join(" ");
}
