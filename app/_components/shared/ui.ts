/**
 * The few class lists every feature shares, so buttons and fields look and behave the same on
 * the phone, the console and the screen. Buttons are at least 44 px tall (2.75rem at 16 px).
 */
/** `button-size` (globals.css) is 44 px tall by default, and smaller or larger with utilities. */
const buttonBase =
  "button-size inline-flex items-center justify-center gap-2 rounded-lg font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50";

export const button = {
  primary: `${buttonBase} bg-brand text-white hover:bg-brand-strong`,
  secondary: `${buttonBase} border-2 border-brand bg-surface text-brand hover:bg-brand-soft`,
  quiet: `${buttonBase} text-brand underline-offset-4 hover:bg-brand-soft hover:underline`,
  danger: `${buttonBase} bg-danger text-white hover:opacity-90`,
} as const;

export const field =
  "block w-full rounded-lg border-2 border-line bg-surface px-3 py-2 text-ink placeholder:text-muted/70 focus-visible:border-brand aria-[invalid=true]:border-danger";

export const label = "block font-semibold";

export const panel = "rounded-xl border border-line bg-surface p-4 shadow-sm";

/** Hidden from sight, still read by screen readers. */
export const srOnly = "sr-only";
