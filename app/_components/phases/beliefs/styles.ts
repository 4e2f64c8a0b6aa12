/** Smaller buttons for the laptop's list of beliefs: whole class lists, one per look. */
const smallBase =
  "inline-flex min-h-9 items-center justify-center gap-1 rounded-lg px-3 py-1 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50";

export const small = {
  primary: `${smallBase} bg-brand text-white hover:bg-brand-strong`,
  secondary: `${smallBase} border-2 border-brand bg-surface text-brand hover:bg-brand-soft`,
} as const;

/** Three side by side at 360 px: the shared button's padding would not leave room for "Disagree". */
export const voteButton =
  "inline-flex min-h-12 flex-col items-center justify-center rounded-lg border-2 border-brand px-0.5 py-1 font-semibold leading-tight transition-colors disabled:cursor-not-allowed disabled:opacity-50";
