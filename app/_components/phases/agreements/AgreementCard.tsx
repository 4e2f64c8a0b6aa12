import type { ReactNode } from "react";
import { teamName, type Agreement, type WorkshopState } from "@/lib/domain";
import { useLanguage, useT } from "@/lib/client/i18n";
import { STATUS_KEYS } from "./status";
import { teamColor } from "../../shared/teamColor";
import { formatDay } from "./format";

export type AgreementSize = "phone" | "console" | "screen" | "spotlight";

const SIZES = {
  // A phone is too narrow for terms beside values ("Legal check" would leave a sliver): stacked.
  phone: { what: "text-xl", details: "text-base", pad: "p-4", grid: "grid-cols-1" },
  console: { what: "text-lg", details: "text-sm", pad: "p-3", grid: "grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5" },
  screen: {
    what: "text-[clamp(1.4rem,2.3vw,3rem)] leading-tight",
    details: "text-[clamp(1rem,1.45vw,1.9rem)]",
    pad: "px-[1.4vw] py-[1.6vh]",
    grid: "grid-cols-[auto_minmax(0,1fr)] gap-x-[1vw] gap-y-[0.4vh]",
  },
  spotlight: {
    what: "text-[clamp(2rem,3.8vw,5rem)] leading-tight",
    details: "text-[clamp(1.3rem,2.1vw,2.8rem)]",
    pad: "px-[2.5vw] py-[3vh]",
    grid: "grid-cols-[auto_minmax(0,1fr)] gap-x-[1.5vw] gap-y-[0.8vh]",
  },
} as const;

/**
 * One agreement as everyone reads it: what we will do, then who, with whom, by when, why, the
 * legal check and the review. All of it plain text; the owner's team colour marks the stripe.
 */
export function AgreementCard({
  state,
  agreement,
  size,
  status,
  highlighted = false,
  children,
}: {
  state: WorkshopState;
  agreement: Agreement;
  size: AgreementSize;
  status?: string;
  /** On the room screen right now (spotlight). */
  highlighted?: boolean;
  children?: ReactNode;
}) {
  const t = useT("agreements");
  const lang = useLanguage();
  const s = SIZES[size];
  return (
    <article
      data-testid="agreement"
      data-status={status}
      aria-label={agreement.what}
      className={`rounded-xl border border-l-[8px] bg-surface shadow-sm ${s.pad} ${highlighted ? "border-brand ring-4 ring-brand/40" : "border-line"}`}
      style={{ borderLeftColor: teamColor(state.teams, agreement.ownerTeamId) }}
    >
      <div className="flex items-start justify-between gap-3">
        <h4 className={`${s.what} font-bold wrap-anywhere whitespace-pre-wrap`}>{agreement.what}</h4>
        {status ? (
          <span className="shrink-0 rounded-full bg-warn-soft px-2 py-0.5 text-sm font-semibold text-warn-ink">{status}</span>
        ) : null}
      </div>
      <dl className={`mt-2 grid ${s.grid} ${s.details}`}>
        <Row stacked={size === "phone"} term={t("owner")}>
          <Person state={state} name={agreement.ownerName} teamId={agreement.ownerTeamId} />
        </Row>
        <Row stacked={size === "phone"} term={t("buddy")}>
          {agreement.buddyTeamId ? (
            <Person state={state} name={agreement.buddyName} teamId={agreement.buddyTeamId} />
          ) : (
            <span className="text-muted">{t("noBuddy")}</span>
          )}
        </Row>
        <Row stacked={size === "phone"} term={t("by")}>{formatDay(lang, agreement.dueDate)}</Row>
        <Row stacked={size === "phone"} term={t("why")}>
          <span className="wrap-anywhere">
            {agreement.metric.name}: <strong>{agreement.metric.baseline}</strong>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> {t("to")} </span>
            <strong>{agreement.metric.target}</strong>
          </span>
        </Row>
        <Row stacked={size === "phone"} term={t("legalCheck")}>
          <span className="wrap-anywhere">
            {agreement.legalCheck.needed ? <strong>{t("needed")}</strong> : t("notNeeded")}
            {agreement.legalCheck.note ? ` — ${agreement.legalCheck.note}` : ""}
          </span>
        </Row>
        <Row stacked={size === "phone"} term={t("review")}>{formatDay(lang, agreement.reviewDate)}</Row>
        {agreement.carriedFrom || agreement.progress.length > 0 ? (
          // A follow-up workshop reviews what an earlier one agreed: where it stands is the point.
          <Row stacked={size === "phone"} term={t("progress")}>
            <span className="wrap-anywhere">
              <strong>{t(STATUS_KEYS[agreement.status])}</strong>
              {agreement.measured ? t("measuredValue", { value: agreement.measured }) : ""}
              {agreement.carriedFrom ? <span className="block text-muted">{t("carriedFrom", { title: agreement.carriedFrom.title })}</span> : null}
            </span>
          </Row>
        ) : null}
      </dl>
      {children ? <div className="mt-3">{children}</div> : null}
    </article>
  );
}

function Row({ term, stacked, children }: { term: string; stacked: boolean; children: ReactNode }) {
  return (
    <>
      <dt className={`font-semibold text-muted ${stacked ? "mt-1.5 text-sm first:mt-0" : ""}`}>{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}

function Person({ state, name, teamId }: { state: WorkshopState; name: string; teamId: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5">
      <span className="font-semibold wrap-anywhere">{name}</span>
      <span aria-hidden="true">·</span>
      <span aria-hidden="true" className="inline-block size-[0.7em] rounded-full" style={{ background: teamColor(state.teams, teamId) }} />
      <span>{teamName(state, teamId)}</span>
    </span>
  );
}
