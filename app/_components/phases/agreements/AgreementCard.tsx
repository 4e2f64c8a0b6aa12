import type { ReactNode } from "react";
import { teamName, type Agreement, type WorkshopState } from "@/lib/domain";
import { STATUS_LABELS } from "@/lib/domain/features/followup/labels";
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
        <Row stacked={size === "phone"} term="Owner">
          <Person state={state} name={agreement.ownerName} teamId={agreement.ownerTeamId} />
        </Row>
        <Row stacked={size === "phone"} term="Buddy">
          {agreement.buddyTeamId ? (
            <Person state={state} name={agreement.buddyName} teamId={agreement.buddyTeamId} />
          ) : (
            <span className="text-muted">No buddy</span>
          )}
        </Row>
        <Row stacked={size === "phone"} term="By">{formatDay(agreement.dueDate)}</Row>
        <Row stacked={size === "phone"} term="Why">
          <span className="wrap-anywhere">
            {agreement.metric.name}: <strong>{agreement.metric.baseline}</strong>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> to </span>
            <strong>{agreement.metric.target}</strong>
          </span>
        </Row>
        <Row stacked={size === "phone"} term="Legal check">
          <span className="wrap-anywhere">
            {agreement.legalCheck.needed ? <strong>Needed</strong> : "Not needed"}
            {agreement.legalCheck.note ? ` — ${agreement.legalCheck.note}` : ""}
          </span>
        </Row>
        <Row stacked={size === "phone"} term="Review">{formatDay(agreement.reviewDate)}</Row>
        {agreement.carriedFrom || agreement.progress.length > 0 ? (
          // A follow-up workshop reviews what an earlier one agreed: where it stands is the point.
          <Row stacked={size === "phone"} term="Progress">
            <span className="wrap-anywhere">
              <strong>{STATUS_LABELS[agreement.status]}</strong>
              {agreement.measured ? ` — measured: ${agreement.measured}` : ""}
              {agreement.carriedFrom ? <span className="block text-muted">Carried over from “{agreement.carriedFrom.title}”</span> : null}
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
