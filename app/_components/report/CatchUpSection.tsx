"use client";

import { useLanguage, useT } from "@/lib/client/i18n";
import { formatNumber } from "@/lib/i18n/format";
import type { Report } from "@/lib/domain/report";
import { Section } from "./Section";

/** What colleagues who were not there added afterwards: marked as catch-up, counted apart. */
export function CatchUpSection({ report }: { report: Report }) {
  const t = useT("catchup");
  const lang = useLanguage();
  const catchUp = report.catchUp;
  if (!catchUp) return null;
  const agreements = report.agreements.filter((a) => a.caughtUp && (a.caughtUp.imIn || a.caughtUp.concerns));
  const tag = <span className="shrink-0 whitespace-nowrap rounded bg-brand-soft px-1 text-xs font-semibold">{t("reportTag")}</span>;
  return (
    <Section id="catch-up" title={t("reportTitle")} intro={t("reportIntro")}>
      <p className="font-semibold">{t("reportCounts", { room: catchUp.inTheRoom, caughtUp: catchUp.caughtUp })}</p>
      {agreements.length ? (
        <ul className="space-y-1">
          {agreements.map((a) => (
            <li key={a.id} className="flex flex-wrap items-baseline gap-2">
              {tag}
              <span className="wrap-anywhere">{a.what}</span>
              <span className="shrink-0 whitespace-nowrap text-muted">{t("reportImIn", { count: a.caughtUp!.imIn })} · {t("reportConcerns", { count: a.caughtUp!.concerns })}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {catchUp.pulse.length ? (
        <ul className="space-y-1">
          {catchUp.pulse.map((q, i) => (
            <li key={i} className="flex flex-wrap items-baseline gap-2">
              {tag}
              <span className="wrap-anywhere">
                {q.phase}: {q.question}
              </span>
              <span className="shrink-0 whitespace-nowrap text-muted">
                {t("reportPulse", { mean: formatNumber(lang, q.mean, { maximumFractionDigits: 1 }), count: q.answers })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {catchUp.beliefs.length + catchUp.cards.length > 0 ? (
        <ul className="space-y-1">
          {catchUp.beliefs.map((b, i) => (
            <li key={`b${i}`} className="flex flex-wrap items-baseline gap-2">
              {tag}
              <span className="wrap-anywhere">{b.text}</span>
              <span className="text-sm text-muted wrap-anywhere">{b.about ?? t("everyone")}</span>
            </li>
          ))}
          {catchUp.cards.map((c, i) => (
            <li key={`c${i}`} className="flex flex-wrap items-baseline gap-2">
              {tag}
              <span className="wrap-anywhere">{c.text}</span>
              <span className="text-sm text-muted wrap-anywhere">{t("reportAbout", { team: c.about })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
