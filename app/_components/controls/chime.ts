/**
 * The room screen's end-of-time signal: three short tones made with an oscillator (no audio file
 * to load). Browsers keep audio muted until someone interacts with the page, so the screen offers
 * a "Turn on sound" button and any click or key on the page unlocks it too.
 */
type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof window === "undefined") return null;
  const Ctor: AudioContextClass | undefined =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
  if (!Ctor) return null;
  context ??= new Ctor();
  return context;
}

export function soundSupported(): boolean {
  return typeof window !== "undefined" && ("AudioContext" in window || "webkitAudioContext" in window);
}

/** Must run inside a user gesture (a click, a key). Resolves with whether sound can play now. */
export async function unlockSound(): Promise<boolean> {
  const ctx = audio();
  if (!ctx) return false;
  try {
    await ctx.resume();
  } catch {
    return false;
  }
  return ctx.state === "running";
}

export function soundUnlocked(): boolean {
  return context?.state === "running";
}

/** A soft tone; `count` of them, a quarter second apart. Silent where audio is not allowed yet. */
export function chime(count = 3): void {
  const ctx = audio();
  if (!ctx || ctx.state !== "running") return;
  const start = ctx.currentTime + 0.05;
  for (let i = 0; i < count; i++) {
    const t = start + i * 0.35;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = "sine";
    osc.frequency.setValueAtTime(i === count - 1 ? 660 : 880, t);
    // A quick fade in and out: a bare start and stop clicks on many speakers.
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.35, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.28);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.3);
  }
}

/** Phones: a short buzz where the browser supports it (not iOS Safari); harmless elsewhere. */
export function buzz(): void {
  if (typeof navigator === "undefined" || typeof navigator.vibrate !== "function") return;
  try {
    navigator.vibrate([250, 120, 250]);
  } catch {
    // Some browsers throw without a recent tap on the page: the visible "Time's up" remains.
  }
}
