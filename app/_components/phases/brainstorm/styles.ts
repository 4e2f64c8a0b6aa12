/** Smaller buttons for the laptop's dense board and the phone's +/−: whole class lists, one per look. */
const smallBase =
  "inline-flex min-h-9 items-center justify-center gap-1 rounded-lg px-3 py-1 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50";

export const small = {
  primary: `${smallBase} bg-brand text-white hover:bg-brand-strong`,
  secondary: `${smallBase} border-2 border-brand bg-surface text-brand hover:bg-brand-soft`,
  quiet: `${smallBase} text-brand underline-offset-4 hover:bg-brand-soft hover:underline`,
} as const;

const squareBase =
  "inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-2xl font-bold transition-colors disabled:cursor-not-allowed disabled:opacity-40";

/** 44 × 44 px: a thumb's target, with room for the count between two of them. */
export const square = {
  primary: `${squareBase} bg-brand text-white hover:bg-brand-strong`,
  secondary: `${squareBase} border-2 border-brand bg-surface text-brand hover:bg-brand-soft`,
} as const;
