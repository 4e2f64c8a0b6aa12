/** The 1–5 scale as people read it on their phone. */
export const SCALE = [
  { value: 1, label: "not at all" },
  { value: 2, label: "a little" },
  { value: 3, label: "somewhat" },
  { value: 4, label: "well" },
  { value: 5, label: "very well" },
] as const;

/**
 * The labels under a phone's five buttons: at 360 px each button is narrower than "somewhat", so
 * a soft hyphen says where it may break ("some-what") instead of running over the edge.
 */
export function buttonLabel(option: (typeof SCALE)[number]): string {
  return option.value === 3 ? "some\u00adwhat" : option.label;
}

/** A mean as people read it: one decimal, a dash when nobody answered. */
export function formatMean(mean: number | null): string {
  return mean === null ? "–" : mean.toFixed(1);
}

/** A change of the mean with its sign, so "no change" and "up" read differently. */
export function formatChange(change: number | null): string {
  if (change === null) return "";
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return "±0.0";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded).toFixed(1)}`;
}

/** Words for a change, for screen readers and for people who do not read colour. */
export function describeChange(change: number | null): string {
  if (change === null) return "no comparison";
  const rounded = Math.round(change * 10) / 10;
  return rounded === 0 ? "unchanged" : rounded > 0 ? `up ${rounded.toFixed(1)}` : `down ${Math.abs(rounded).toFixed(1)}`;
}
