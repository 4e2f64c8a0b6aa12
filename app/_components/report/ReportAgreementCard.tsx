"use client";

import type { ReactNode } from "react";
import { useLanguage, useT } from "@/lib/client/i18n";
import type { ReportAgreement, ReportWorkshop } from "@/lib/domain/report";
import { formatDay } from "../phases/agreements/format";
import { AgreementHistory } from "./AgreementHistory";
import { teamAccent } from "./labels";
import { MeasuredProgress } from "./MeasuredProgress";
import { StatusPill } from "./StatusPill";

/**
 * One agreement in the report: what, where it stands, who with whom, by when, how we will know,
 * and its follow-up so far. Never split across two printed pages. `children` are the reader's
 * tools (update, owner's link), left off paper.
 */
export function ReportAgreementCard({
  workshop,
  agreement,
  children,
}: {
  workshop: ReportWorkshop;
  agreement: ReportAgreement;
  children?: ReactNode;
}) {
  const t = useT("report");
  const a = useT("agreements");
  const lang = useLanguage();
  const { metric, legalCheck } = agreement;
  return (
    <article
      data-testid="report-agreement"
      aria-labelledby={`agreement-${agreement.id}`}
      className="break-inside-avoid space-y-3 rounded-xl border border-l-[8px] border-line bg-surface p-4 shadow-sm print:shadow-none"
      style={{ borderLeftColor: teamAccent(workshop, agreement.ownerTeam) }}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
        <h3 id={`agreement-${agreement.id}`} className="min-w-0 flex-1 basis-56 text-xl font-bold wrap-anywhere whitespace-pre-wrap">
          {agreement.what}
        </h3>
        <StatusPill status={agreement.status} />
      </div>
      {agreement.carriedFrom ? (
        <p className="text-sm text-muted">
          {t("carriedFrom")} <cite className="not-italic font-semibold text-ink">{agreement.carriedFrom}</cite>
        </p>
      ) : null}
      <dl className="grid grid-cols-1 gap-y-0.5 sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-x-4 sm:gap-y-1">
        <Row term={t("owner")}>
          <Person workshop={workshop} name={agreement.ownerName} team={agreement.ownerTeam} />
        </Row>
        <Row term={t("buddy")}>
          {agreement.buddyTeam !== null ? (
            <Person workshop={workshop} name={agreement.buddyName} team={agreement.buddyTeam} />
          ) : (
            <span className="text-muted">{t("noBuddy")}</span>
          )}
        </Row>
        <Row term={t("due")}>{formatDay(lang, agreement.dueDate)}</Row>
        <Row term={t("review")}>{formatDay(lang, agreement.reviewDate)}</Row>
        <Row term={t("measure")}>
          <span className="wrap-anywhere">
            {metric.name}: <strong>{metric.baseline}</strong>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> {t("to")} </span>
            <strong>{metric.target}</strong>
          </span>
        </Row>
        <Row term={t("legalCheck")}>
          <span className="wrap-anywhere">
            {legalCheck.needed ? <strong>{t("needed")}</strong> : t("notNeeded")}
            {legalCheck.note ? ` — ${legalCheck.note}` : ""}
          </span>
        </Row>
        <Row term={t("support")}>{a("peopleIn", { count: agreement.endorsements })}</Row>
      </dl>
      <MeasuredProgress agreement={agreement} />
      <AgreementHistory history={agreement.history} />
      {children ? <div className="space-y-3 border-t border-line pt-3 print:hidden">{children}</div> : null}
    </article>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="mt-1.5 text-sm font-semibold text-muted first:mt-0 sm:mt-0 sm:text-base">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}

function Person({ workshop, name, team }: { workshop: ReportWorkshop; name: string; team: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5">
      <span className="font-semibold wrap-anywhere">{name}</span>
      <span aria-hidden="true">·</span>
      <span aria-hidden="true" className="inline-block size-[0.7em] rounded-full" style={{ background: teamAccent(workshop, team) }} />
      <span>{team}</span>
    </span>
  );
}
