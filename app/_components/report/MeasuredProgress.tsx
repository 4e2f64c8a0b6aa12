import type { ReportAgreement } from "@/lib/domain/report";
import { useT } from "@/lib/client/i18n";
import { progressBar } from "@/lib/client/report";

/**
 * The last measured value against the target and, when the metric reads as numbers, a bar from
 * the baseline (empty) to the target (full). The bar stops at its ends; the words say the real
 * share, beyond the target or below the baseline.
 */
export function MeasuredProgress({ agreement }: { agreement: ReportAgreement }) {
  const t = useT("report");
  const { metric, measured, progress } = agreement;
  if (!measured) return <p className="text-muted">{t("notMeasured")}</p>;
  const bar = progress === null ? null : progressBar(progress);
  return (
    <div className="space-y-1.5">
      <p className="wrap-anywhere">
        {t("measured")} <strong>{measured}</strong> <span className="text-muted">{t("targetIs", { target: metric.target })}</span>
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
            {t("wayTo", { percent: bar.percent, baseline: metric.baseline, target: metric.target })}
          </p>
        </>
      ) : null}
    </div>
  );
}
