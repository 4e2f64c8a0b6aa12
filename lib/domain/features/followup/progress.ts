/**
 * How far an agreement has come from its baseline toward its target, when all three read as
 * numbers ("10%", "4 days", "1,5"): 0 at the baseline, 1 at the target, beyond either end as
 * measured. `null` when they do not (a metric such as "fewer complaints" has no scale).
 */
export function progressToTarget(baseline: string, target: string, measured: string): number | null {
  const b = leadingNumber(baseline);
  const t = leadingNumber(target);
  const m = leadingNumber(measured);
  if (b === null || t === null || m === null || b === t) return null;
  return (m - b) / (t - b);
}

/** The first number in a text; a decimal comma counts as a point, as Dutch and Norwegian write it. */
function leadingNumber(text: string): number | null {
  const match = /-?\d+(?:[.,]\d+)?/.exec(text);
  return match ? Number(match[0].replace(",", ".")) : null;
}
