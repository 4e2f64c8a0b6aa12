import type { Report, ReportAgreement } from "@/lib/domain/report";
import type { Language } from "@/lib/i18n";
import { type Words, kindLabel, lines, progressLabel, statusLabel, wordsFor } from "./labels";

/**
 * The agreements as a spreadsheet: RFC 4180 (CRLF rows, every field quoted where it must be),
 * UTF-8 with a byte-order mark so Excel does not read "Økonomi" as "Ã˜konomi", a header row and
 * one row per agreement. Each thing gets a column of its own (owner apart from their team,
 * baseline apart from target) so a spreadsheet can sort and filter on it.
 */

type Column = { header: Parameters<Words["t"]>[0]; value: (a: ReportAgreement, words: Words) => string };

/** Dates stay ISO (2025-03-14) in every language: a spreadsheet sorts and reads them as dates. */
const COLUMNS: Column[] = [
  { header: "kind", value: (a, w) => kindLabel(w, a.kind) },
  { header: "what", value: (a) => a.what },
  { header: "owner", value: (a) => a.ownerName },
  { header: "ownerTeam", value: (a) => a.ownerTeam },
  { header: "buddy", value: (a) => (a.buddyTeam === null ? "" : a.buddyName) },
  { header: "buddyTeam", value: (a) => a.buddyTeam ?? "" },
  { header: "dueDate", value: (a) => a.dueDate },
  { header: "reviewDate", value: (a) => a.reviewDate },
  { header: "metric", value: (a) => a.metric.name },
  { header: "baseline", value: (a) => a.metric.baseline },
  { header: "target", value: (a) => a.metric.target },
  { header: "legalCheckNeeded", value: (a, w) => (a.legalCheck.needed ? w.t("yes") : w.t("no")) },
  { header: "legalNote", value: (a) => a.legalCheck.note },
  { header: "imIn", value: (a) => String(a.endorsements) },
  { header: "status", value: (a, w) => statusLabel(w, a.status) },
  { header: "measured", value: (a) => a.measured },
  { header: "progress", value: (a, w) => progressLabel(w, a.progress) },
  { header: "carriedFrom", value: (a) => a.carriedFrom ?? "" },
];

/** Only once a catch-up was opened: its answers, counted apart from the room's. */
const CATCH_UP_COLUMNS: Column[] = [
  { header: "caughtUpImIn", value: (a) => String(a.caughtUp?.imIn ?? 0) },
  { header: "caughtUpConcerns", value: (a) => String(a.caughtUp?.concerns ?? 0) },
];

/** The header row in a language (translated: people read it, and no import keys on it). */
export const csvHeaders = (lang?: Language) => {
  const { t } = wordsFor(lang);
  return COLUMNS.map((c) => t(c.header));
};

export const CSV_HEADERS = csvHeaders("en");

const BOM = "\uFEFF";

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)` sends
 * data away when clicked). A leading apostrophe makes it text, as OWASP advises. Every cell is
 * treated alike, so a negative number such as a baseline of "-5%" also shows with the apostrophe:
 * accepted, since a sign cannot be told from an attack by its first character. A leading LF is
 * included because the cell's line breaks are stored as LF (see `cell`).
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One field: formula-neutralised, line breaks as LF (what Excel itself stores for Alt+Enter;
 * a CR inside a cell shows as a stray character there), quoted when it holds a comma, quote or
 * line break, with quotes doubled.
 */
export function cell(value: string): string {
  const text = lines(neutralise(value)).join("\n");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function agreementsCsv(report: Report, lang?: Language): string {
  const words = wordsFor(lang);
  const columns = report.catchUp ? [...COLUMNS, ...CATCH_UP_COLUMNS] : COLUMNS;
  const rows = [columns.map((c) => words.t(c.header)), ...report.agreements.map((a) => columns.map((c) => c.value(a, words)))];
  return BOM + rows.map((row) => row.map(cell).join(",") + "\r\n").join("");
}
