import type { AgreementKind, AgreementStatus } from "@/lib/domain";
import type { Report, ReportAgreement } from "@/lib/domain/report";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { DEFAULT_LANGUAGE, formatDate, formatNumber, translator, type Language, type Translate } from "@/lib/i18n";

/**
 * The words every download uses for an agreement, in one place, so the PDF, the spreadsheet, the
 * Markdown and the calendar say the same thing the same way, in the requester's language.
 */

/** A download's language: its words and how it writes dates and numbers. */
export interface Words {
  lang: Language;
  t: Translate<"downloads">;
}

export const wordsFor = (lang: Language = DEFAULT_LANGUAGE): Words => ({ lang, t: translator(lang, CATALOGUES[lang], "downloads") });

const KIND_HEADINGS: Record<AgreementKind, "headingAgreements" | "headingCarryOver"> = {
  agreement: "headingAgreements",
  "carry-over": "headingCarryOver",
};

const KIND_LABELS: Record<AgreementKind, "kindAgreement" | "kindCarryOver"> = {
  agreement: "kindAgreement",
  "carry-over": "kindCarryOver",
};

const STATUS_KEYS: Record<AgreementStatus, "statusNotStarted" | "statusOnTrack" | "statusAtRisk" | "statusDone"> = {
  "not-started": "statusNotStarted",
  "on-track": "statusOnTrack",
  "at-risk": "statusAtRisk",
  done: "statusDone",
};

/** One agreement's kind, as a cell or a calendar line says it. */
export const kindLabel = ({ t }: Words, kind: AgreementKind) => t(KIND_LABELS[kind]);
export const statusLabel = ({ t }: Words, status: AgreementStatus) => t(STATUS_KEYS[status]);

/**
 * "14 March 2025", "14 maart 2025", "14. mars 2025": a day as the reader's language writes it. The
 * day is a calendar date, not an instant, so it is read and written in UTC and never shifts.
 */
export const dayLabel = ({ lang }: Words, day: string) =>
  formatDate(lang, `${day}T00:00:00Z`, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "Anna (Sales)"; a name or a team alone when the other is missing. */
export function person(name: string, team: string | null): string {
  const n = name.trim();
  if (team === null || team === "") return n;
  return n === "" ? team : `${n} (${team})`;
}

export function buddyLabel(words: Words, a: ReportAgreement): string {
  return a.buddyTeam === null ? words.t("noBuddy") : person(a.buddyName, a.buddyTeam);
}

/** "error reports: 10% → 5%". */
export function metricLabel(a: ReportAgreement): string {
  const { name, baseline, target } = a.metric;
  const range = `${baseline} → ${target}`;
  return name.trim() === "" ? range : `${name}: ${range}`;
}

export function legalCheckLabel({ t }: Words, a: ReportAgreement): string {
  const { needed, note } = a.legalCheck;
  const head = needed ? t("checkNeeded") : t("checkNotNeeded");
  return note.trim() === "" ? head : `${head}: ${note}`;
}

/** 0.5 → "50%" ("50 %" in Norwegian); `null` (a metric without numbers) → "". May pass 100% or fall below 0%. */
export function progressLabel({ lang }: Words, progress: number | null): string {
  return progress === null ? "" : formatNumber(lang, Math.round(progress * 100) / 100, { style: "percent", maximumFractionDigits: 0 });
}

/** "7.5% (50% of the way to the target)", or "not measured yet". */
export function measuredLabel(words: Words, a: ReportAgreement): string {
  if (a.measured.trim() === "") return words.t("notMeasured");
  const progress = progressLabel(words, a.progress);
  return progress === "" ? a.measured : words.t("measuredProgress", { measured: a.measured, progress });
}

export interface Field {
  label: string;
  value: string;
}

/**
 * An agreement as labelled lines, in the order the report shows them. The what is left out: every
 * format shows it as the agreement's heading. "Carried over from" only when it was; the catch-up's
 * counts only once one was opened.
 */
export function agreementFields(words: Words, a: ReportAgreement): Field[] {
  const { t } = words;
  const fields: Field[] = [
    { label: t("owner"), value: person(a.ownerName, a.ownerTeam) },
    { label: t("buddy"), value: buddyLabel(words, a) },
    { label: t("due"), value: dayLabel(words, a.dueDate) },
    { label: t("review"), value: dayLabel(words, a.reviewDate) },
    { label: t("metric"), value: metricLabel(a) },
    { label: t("legalCheck"), value: legalCheckLabel(words, a) },
    { label: t("imIn"), value: formatNumber(words.lang, a.endorsements) },
    // Once a catch-up was opened: what colleagues who were not there answered, counted apart.
    ...(a.caughtUp
      ? [
          { label: t("caughtUpImIn"), value: formatNumber(words.lang, a.caughtUp.imIn) },
          { label: t("caughtUpConcerns"), value: formatNumber(words.lang, a.caughtUp.concerns) },
        ]
      : []),
    { label: t("status"), value: statusLabel(words, a.status) },
    { label: t("measured"), value: measuredLabel(words, a) },
  ];
  if (a.carriedFrom !== null) fields.push({ label: t("carriedFrom"), value: a.carriedFrom });
  return fields;
}

/** Agreements grouped under their kind's heading, in the report's order; empty groups left out. */
export function groupsOf(words: Words, report: Report): { kind: AgreementKind; heading: string; agreements: ReportAgreement[] }[] {
  return (Object.keys(KIND_HEADINGS) as AgreementKind[])
    .map((kind) => ({ kind, heading: words.t(KIND_HEADINGS[kind]), agreements: report.agreements.filter((a) => a.kind === kind) }))
    .filter((g) => g.agreements.length > 0);
}

/** "Code ABC123 · 14 March 2025". */
export function workshopLine(words: Words, report: Report): string {
  return words.t("workshopLine", { code: report.workshop.code, date: dayLabel(words, report.workshop.date) });
}

/** Every kind of line break a browser may send, as one. */
export function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
