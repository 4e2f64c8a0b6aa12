import type { AgreementKind, AgreementStatus } from "@/lib/domain";
import type { Report, ReportAgreement } from "@/lib/domain/report";

/**
 * The words every download uses for an agreement, in one place, so the PDF, the spreadsheet, the
 * Markdown and the calendar say the same thing the same way.
 */

export const KIND_HEADINGS: Record<AgreementKind, string> = {
  agreement: "Agreements",
  "carry-over": "For the colleagues who weren't here",
};

/** One agreement's kind, as a cell or a calendar line says it. */
export const KIND_LABELS: Record<AgreementKind, string> = {
  agreement: "Agreement",
  "carry-over": "How colleagues who weren't here get a similar experience",
};

export const STATUS_LABELS: Record<AgreementStatus, string> = {
  "not-started": "not started",
  "on-track": "on track",
  "at-risk": "at risk",
  done: "done",
};

export const NOT_MEASURED = "not measured yet";
export const NO_AGREEMENTS = "No agreements yet.";

/** "Anna (Sales)"; a name or a team alone when the other is missing. */
export function person(name: string, team: string | null): string {
  const n = name.trim();
  if (team === null || team === "") return n;
  return n === "" ? team : `${n} (${team})`;
}

export function buddyLabel(a: ReportAgreement): string {
  return a.buddyTeam === null ? "none" : person(a.buddyName, a.buddyTeam);
}

/** "error reports: 10% → 5%". */
export function metricLabel(a: ReportAgreement): string {
  const { name, baseline, target } = a.metric;
  const range = `${baseline} → ${target}`;
  return name.trim() === "" ? range : `${name}: ${range}`;
}

export function legalCheckLabel(a: ReportAgreement): string {
  const { needed, note } = a.legalCheck;
  const head = needed ? "needed" : "not needed";
  return note.trim() === "" ? head : `${head}: ${note}`;
}

/** 0.5 → "50%"; `null` (a metric without numbers) → "". May pass 100% or fall below 0%. */
export function progressLabel(progress: number | null): string {
  return progress === null ? "" : `${Math.round(progress * 100)}%`;
}

/** "7.5% (50% of the way to the target)", or "not measured yet". */
export function measuredLabel(a: ReportAgreement): string {
  if (a.measured.trim() === "") return NOT_MEASURED;
  const progress = progressLabel(a.progress);
  return progress === "" ? a.measured : `${a.measured} (${progress} of the way to the target)`;
}

export interface Field {
  label: string;
  value: string;
}

/**
 * An agreement as labelled lines, in the order the report shows them. The what is left out: every
 * format shows it as the agreement's heading. "Carried over from" only when it was.
 */
export function agreementFields(a: ReportAgreement): Field[] {
  const fields: Field[] = [
    { label: "Owner", value: person(a.ownerName, a.ownerTeam) },
    { label: "Buddy", value: buddyLabel(a) },
    { label: "Due", value: a.dueDate },
    { label: "Review", value: a.reviewDate },
    { label: "Metric", value: metricLabel(a) },
    { label: "Legal/audit check", value: legalCheckLabel(a) },
    { label: "I'm in", value: String(a.endorsements) },
    { label: "Status", value: STATUS_LABELS[a.status] },
    { label: "Measured", value: measuredLabel(a) },
  ];
  if (a.carriedFrom !== null) fields.push({ label: "Carried over from", value: a.carriedFrom });
  return fields;
}

/** Agreements grouped under their kind's heading, in the report's order; empty groups left out. */
export function groupsOf(report: Report): { kind: AgreementKind; heading: string; agreements: ReportAgreement[] }[] {
  return (Object.keys(KIND_HEADINGS) as AgreementKind[])
    .map((kind) => ({ kind, heading: KIND_HEADINGS[kind], agreements: report.agreements.filter((a) => a.kind === kind) }))
    .filter((g) => g.agreements.length > 0);
}

/** "Code ABC123 · 2025-03-14". */
export function workshopLine(report: Report): string {
  return `Code ${report.workshop.code} · ${report.workshop.date}`;
}

/** Every kind of line break a browser may send, as one. */
export function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
