import type { Report, ReportAgreement } from "@/lib/domain/report";
import type { Language } from "@/lib/i18n";
import { type Words, agreementFields, dayLabel, kindLabel, lines, wordsFor } from "./labels";

/**
 * The agreements as a calendar (RFC 5545): an all-day event on each due date and each review
 * date. Written by hand: the format needs a dozen properties, and the parts that go wrong
 * (TEXT escaping, folding at 75 octets without cutting a UTF-8 character, CRLF) are a few lines
 * each and tested against an independent parser.
 *
 * Byte-stable for the same report: UIDs come from the workshop code and the agreement's id (so a
 * calendar that imports the file again updates its events instead of doubling them), and
 * DTSTAMP is when the workshop ended (or the day it was held while it runs), not the clock.
 */

const PRODID = "-//Onside//Agreements//EN";
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(text: string): string {
  return (
    lines(text)
      .map((l) => l.replace(/[\\;,]/g, (c) => `\\${c}`))
      .join("\\n")
      // Control characters other than tab are not allowed in a content line.
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0B-\x1F\x7F]/g, "")
  );
}

/**
 * Content lines longer than 75 octets are folded: CRLF and a space, the continuation counting
 * the space. Whole code points are moved, so a UTF-8 sequence is never cut in two.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** "2025-03-14" → "20250314". */
const basicDate = (day: string) => day.replace(/-/g, "");

/** The day after, for an all-day event's exclusive DTEND. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** An ISO instant as a UTC DATE-TIME: "20250314T170512Z". */
function basicInstant(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Anything but letters, digits, `-`, `_` and `.` percent-encoded, so a UID is one plain word. */
const uidPart = (s: string) =>
  s.replace(/[^A-Za-z0-9_.-]/gu, (c) => [...Buffer.from(c, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""));

export function eventUid(code: string, agreementId: string, which: "due" | "review"): string {
  return `${uidPart(code)}-${uidPart(agreementId)}-${which}@onside`;
}

/** A calendar's one-line title: line breaks and runs of spaces as one space. */
export function summaryText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function description(words: Words, report: Report, a: ReportAgreement): string {
  const { workshop } = report;
  const { t } = words;
  return [
    a.what,
    "",
    `${t("kind")}: ${kindLabel(words, a.kind)}`,
    ...agreementFields(words, a).map((f) => `${f.label}: ${f.value}`),
    "",
    t("calendarWorkshop", { title: workshop.title, code: workshop.code, date: dayLabel(words, workshop.date) }),
  ].join("\n");
}

function event(words: Words, report: Report, a: ReportAgreement, which: "due" | "review", dtstamp: string): string[] {
  const day = which === "due" ? a.dueDate : a.reviewDate;
  const summary = words.t(which === "due" ? "calendarDue" : "calendarReview", { what: summaryText(a.what) });
  return [
    "BEGIN:VEVENT",
    `UID:${eventUid(report.workshop.code, a.id, which)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${basicDate(day)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(day))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description(words, report, a))}`,
    // An all-day reminder, not a meeting: it does not block anyone's day.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/**
 * A workshop without agreements gives a calendar without events: RFC 5545's grammar asks for at
 * least one component, but calendars and parsers (ical.js among them) take an empty one, and an
 * invented placeholder event would land in people's calendars.
 */
export function agreementsIcs(report: Report, lang?: Language): string {
  const { workshop } = report;
  const words = wordsFor(lang);
  const dtstamp = basicInstant(workshop.endedAt ?? `${workshop.date}T00:00:00Z`);
  const content = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(`Onside: ${summaryText(workshop.title)}`)}`,
    ...report.agreements.flatMap((a) => [...event(words, report, a, "due", dtstamp), ...event(words, report, a, "review", dtstamp)]),
    "END:VCALENDAR",
  ];
  return content.map((line) => foldLine(line) + "\r\n").join("");
}
