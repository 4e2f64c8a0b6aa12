import type { ReportAgreement } from "@/lib/domain/report";
import { progressBar } from "@/lib/client/report";

/**
 * The last measured value against the target and, when the metric reads as numbers, a bar from
 * the baseline (empty) to the target (full). The bar stops at its ends; the words say the real
 * share, beyond the target or below the baseline.
 */
export function MeasuredProgress({ agreement }: { agreement: ReportAgreement }) {
  const { metric, measured, progress } = agreement;
  if (!measured) return <p className="text-muted">Not measured yet.</p>;
  const bar = progress === null ? null : progressBar(progress);
  return (
    <div className="space-y-1.5">
      <p className="wrap-anywhere">
        Measured: <strong>{measured}</strong> <span className="text-muted">(target {metric.target})</span>
      </p>
      {bar ? (
        <>
          <div aria-hidden="true" className="h-3 overflow-hidden rounded-full bg-paper ring-1 ring-line">
            <span
              className={`block h-full rounded-full ${bar.percent >= 100 ? "bg-ok" : "bg-brand"}`}
              style={{ width: `${bar.fill}%` }}
            />
          </div>
          <p className="text-sm text-muted tabular-nums">
            {bar.percent} % of the way from {metric.baseline} to {metric.target}
          </p>
        </>
      ) : null}
    </div>
  );
}
