import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { agreementsIcs, foldLine } from "@/server/downloads/ics";
import { AGREEMENTS, EMPTY_REPORT, FULL_REPORT, LONG_WHAT, MULTILINE_NOTE, TRICKY_WHAT } from "./fixtures";
import { expectGolden } from "./golden";

/** Read back by ical.js, an independent RFC 5545 parser. */
function readBack(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

/** The physical lines, as bytes, split at CRLF. */
function physicalLines(text: string): Buffer[] {
  const bytes = Buffer.from(text, "utf8");
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf("\r\n"); i !== -1; i = bytes.indexOf("\r\n", start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 2;
  }
  expect(start, "the file ends with CRLF").toBe(bytes.length);
  return lines;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const unixLines = (text: string) => text.replace(/\r\n?/g, "\n");

describe("agreements as a calendar (ICS)", () => {
  const ics = agreementsIcs(FULL_REPORT);
  const { calendar, events } = readBack(ics);

  test("matches its golden file byte for byte", () => {
    expectGolden("agreements.ics", ics);
  });

  test("is a VCALENDAR with PRODID, VERSION and CALSCALE", () => {
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Onside//Agreements//EN");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
  });

  test("has an all-day event on each agreement's due date and on its review date", () => {
    expect(events).toHaveLength(2 * AGREEMENTS.length);
    for (const [i, a] of AGREEMENTS.entries()) {
      const due = events[2 * i]!;
      const review = events[2 * i + 1]!;
      expect(due.uid).toBe(`ABC234-${a.id}-due@onside`);
      expect(review.uid).toBe(`ABC234-${a.id}-review@onside`);
      expect(due.startDate.isDate).toBe(true);
      expect(due.startDate.toString()).toBe(a.dueDate);
      expect(review.startDate.toString()).toBe(a.reviewDate);
      // DTEND is exclusive: the next day.
      expect(due.endDate.isDate).toBe(true);
      expect(due.endDate.toJSDate().getTime() - due.startDate.toJSDate().getTime()).toBe(24 * 3600 * 1000);
    }
    expect(events[3]!.endDate.toString()).toBe("2026-01-16");
  });

  test("the end of a month and of a year roll over to the next", () => {
    expect(ics).toContain("DTSTART;VALUE=DATE:20250430\r\nDTEND;VALUE=DATE:20250501\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n");
  });

  test("summaries and descriptions come back as written: commas, semicolons, backslashes, line breaks", () => {
    for (const [i, a] of AGREEMENTS.entries()) {
      expect(events[2 * i]!.summary).toBe(`Due: ${oneLine(a.what)}`);
      expect(events[2 * i + 1]!.summary).toBe(`Review: ${oneLine(a.what)}`);
      expect(events[2 * i]!.description.startsWith(`${unixLines(a.what)}\n`)).toBe(true);
    }
    expect(events[4]!.summary).toBe(`Due: ${TRICKY_WHAT}`);
    expect(events[6]!.summary).toBe(`Due: ${LONG_WHAT}`);
    expect(events[0]!.description).toContain(`Legal/audit check: needed: ${unixLines(MULTILINE_NOTE)}\n`);
    expect(events[4]!.description).toContain('Owner: Seán O\'Brien, "Bob"; Jr. (Juridisch, Compliance & Audit)');
    expect(events[6]!.description).toContain("Audit signs off 🎉 before launch 👩🏽‍💻 ✅");
  });

  test("a description holds the agreement's fields and the workshop it came from", () => {
    const description = events[0]!.description;
    expect(description).toBe(
      [
        "Answer every complaint within één werkdag,",
        "and say who follows up",
        "",
        "Kind: Agreement",
        "Owner: Sanne de Vries (Sales)",
        "Buddy: Åse Ærlig (Økonomi)",
        "Due: 30 April 2025",
        "Review: 30 June 2025",
        "Metric: error reports: 10% → 5%",
        `Legal/audit check: needed: ${unixLines(MULTILINE_NOTE)}`,
        "I'm in: 7",
        "Status: on track",
        "Measured: 7.5% (50% of the way to the target)",
        "",
        'Workshop: Klantreis Q3: Økonomi & Sales, "één" team; *samen* (code ABC234, 14 March 2025)',
      ].join("\n"),
    );
    expect(events[3]!.description).toContain("Buddy: none\n");
    expect(events[8]!.description).toContain("Kind: How colleagues who weren't here get a similar experience\n");
    expect(events[8]!.description).toContain('Carried over from: Voorjaarssessie "samen", 2024\n');
  });

  test("every physical line is at most 75 octets, ends with CRLF, and is whole UTF-8", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const lines = physicalLines(ics);
    expect(lines.length).toBeGreaterThan(AGREEMENTS.length * 2 * 8);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
      expect(line.includes("\n".charCodeAt(0)) || line.includes("\r".charCodeAt(0))).toBe(false);
    }
  });

  test("folding moves whole characters: 3- and 4-byte ones at the edge go to the next line", () => {
    const line = `SUMMARY:${"ø".repeat(40)}${"🎉".repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.map((p) => Buffer.byteLength(p)).every((n) => n <= 75)).toBe(true);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(foldLine("X".repeat(75))).toBe("X".repeat(75));
    expect(foldLine("X".repeat(76))).toBe(`${"X".repeat(75)}\r\n X`);
  });

  test("is the same file on every download: UIDs and DTSTAMP come from the workshop, not the clock", () => {
    expect(agreementsIcs(FULL_REPORT)).toBe(ics);
    expect(ics).toContain("DTSTAMP:20250314T163005Z\r\n");
    // A later status update changes the description, never the event's identity.
    const updated = readBack(agreementsIcs({ ...FULL_REPORT, agreements: AGREEMENTS.map((a) => ({ ...a, status: "done" as const })) }));
    expect(updated.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  test("a workshop without agreements is a well-formed calendar with no events", () => {
    const empty = agreementsIcs(EMPTY_REPORT);
    expectGolden("empty.ics", empty);
    const { calendar: emptyCalendar, events: none } = readBack(empty);
    expect(emptyCalendar.getFirstPropertyValue("prodid")).toBe("-//Onside//Agreements//EN");
    expect(none).toEqual([]);
    physicalLines(empty);
  });
});
