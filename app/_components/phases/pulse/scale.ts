import { formatNumber, type Language, type Translate } from "@/lib/i18n";

/**
 * The 1–5 scale as people read it on their phone: `key` names each value's words in the "pulse"
 * catalogue. `label` is the English, for the report until it reads the catalogue too.
 */
export const SCALE = [
  { value: 1, key: "scale1", label: "not at all" },
  { value: 2, key: "scale2", label: "a little" },
  { value: 3, key: "scale3", label: "somewhat" },
  { value: 4, key: "scale4", label: "well" },
  { value: 5, key: "scale5", label: "very well" },
] as const;

/**
 * The labels under a phone's five buttons: at 360 px each button is narrower than "somewhat", so
 * the middle one carries a soft hyphen where it may break ("some-what") instead of running over
 * the edge.
 */
export function buttonLabel(option: (typeof SCALE)[number], t: Translate<"pulse">): string {
  return t(option.value === 3 ? "scale3Short" : option.key);
}

const oneDecimal = (lang: Language, value: number) =>
  formatNumber(lang, value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A mean as people read it: one decimal ("3.5", "3,5"), a dash when nobody answered. */
export function formatMean(mean: number | null, lang: Language = "en"): string {
  return mean === null ? "–" : oneDecimal(lang, mean);
}

/** A change of the mean with its sign, so "no change" and "up" read differently. */
export function formatChange(change: number | null, lang: Language = "en"): string {
  if (change === null) return "";
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return `±${oneDecimal(lang, 0)}`;
  return `${rounded > 0 ? "+" : "−"}${oneDecimal(lang, Math.abs(rounded))}`;
}

/**
 * Words for a change, for screen readers and for people who do not read colour. Without `t`, in
 * English (the report's words until it passes its translator).
 */
export function describeChange(change: number | null, t?: Translate<"pulse">): string {
  const rounded = change === null ? null : Math.round(change * 10) / 10;
  if (!t) {
    if (rounded === null) return "no comparison";
    return rounded === 0 ? "unchanged" : rounded > 0 ? `up ${rounded.toFixed(1)}` : `down ${Math.abs(rounded).toFixed(1)}`;
  }
  if (rounded === null) return t("noComparison");
  if (rounded === 0) return t("unchanged");
  return t(rounded > 0 ? "up" : "down", { value: Math.abs(rounded) });
}
