import type { Report, ReportAgreement } from "@/lib/domain/report";
import { KIND_LABELS, STATUS_LABELS, lines, progressLabel } from "./labels";

/**
 * The agreements as a spreadsheet: RFC 4180 (CRLF rows, every field quoted where it must be),
 * UTF-8 with a byte-order mark so Excel does not read "Økonomi" as "Ã˜konomi", a header row and
 * one row per agreement. Each thing gets a column of its own (owner apart from their team,
 * baseline apart from target) so a spreadsheet can sort and filter on it.
 */

const COLUMNS: { header: string; value: (a: ReportAgreement) => string }[] = [
  { header: "Kind", value: (a) => KIND_LABELS[a.kind] },
  { header: "What", value: (a) => a.what },
  { header: "Owner", value: (a) => a.ownerName },
  { header: "Owner team", value: (a) => a.ownerTeam },
  { header: "Buddy", value: (a) => (a.buddyTeam === null ? "" : a.buddyName) },
  { header: "Buddy team", value: (a) => a.buddyTeam ?? "" },
  { header: "Due date", value: (a) => a.dueDate },
  { header: "Review date", value: (a) => a.reviewDate },
  { header: "Metric", value: (a) => a.metric.name },
  { header: "Baseline", value: (a) => a.metric.baseline },
  { header: "Target", value: (a) => a.metric.target },
  { header: "Legal/audit check needed", value: (a) => (a.legalCheck.needed ? "yes" : "no") },
  { header: "Legal/audit note", value: (a) => a.legalCheck.note },
  { header: "I'm in", value: (a) => String(a.endorsements) },
  { header: "Status", value: (a) => STATUS_LABELS[a.status] },
  { header: "Measured", value: (a) => a.measured },
  { header: "Progress", value: (a) => progressLabel(a.progress) },
  { header: "Carried over from", value: (a) => a.carriedFrom ?? "" },
];

export const CSV_HEADERS = COLUMNS.map((c) => c.header);

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

export function agreementsCsv(report: Report): string {
  const rows = [CSV_HEADERS, ...report.agreements.map((a) => COLUMNS.map((c) => c.value(a)))];
  return BOM + rows.map((row) => row.map(cell).join(",") + "\r\n").join("");
}
