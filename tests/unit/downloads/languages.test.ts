import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import MarkdownIt from "markdown-it";
import { beforeAll, describe, expect, test } from "vitest";
import { agreementsCsv, csvHeaders } from "@/server/downloads/csv";
import { agreementsIcs } from "@/server/downloads/ics";
import { agreementsMarkdown } from "@/server/downloads/markdown";
import { agreementsPdf } from "@/server/downloads/pdf";
import { AGREEMENTS, FIFTY_REPORT, FULL_REPORT } from "./fixtures";
import { expectGolden } from "./golden";
import { pdfPages } from "./pdfText";

/**
 * The downloads in the requester's language: a Dutch or Norwegian facilitator gets headings,
 * column names, labels, statuses and dates in their own language. What people typed is the same
 * in every language, so the English tests' checks of escaping hold here too; these check the words.
 */

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

describe("CSV in Dutch", () => {
  const csv = agreementsCsv(FULL_REPORT, "nl");
  const [header, ...rows] = parse(csv, { bom: true, record_delimiter: "\r\n" }) as string[][];

  test("matches its golden file byte for byte", () => expectGolden("agreements.nl.csv", csv));

  test("has a Dutch header row, Dutch kinds, statuses and yes/no, and ISO dates a spreadsheet sorts", () => {
    expect(header).toEqual(csvHeaders("nl"));
    expect(header).toEqual(expect.arrayContaining(["Soort", "Wat", "Eigenaar", "Deadline", "Status", "Voortgang"]));
    const a1 = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(a1).toMatchObject({ Soort: "Afspraak", Status: "loopt goed", "Juridische/auditcheck nodig": "ja", Deadline: "2025-04-30" });
    expect(rows).toHaveLength(AGREEMENTS.length);
  });

  test("keeps the byte-order mark and neutralises formulas as in English", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(rows[1]![header!.indexOf("Wat")]).toMatch(/^'=HYPERLINK/);
  });
});

describe("Markdown in Norwegian", () => {
  const text = agreementsMarkdown(FULL_REPORT, "nb");
  const tokens = new MarkdownIt().parse(text, {});
  const headings = tokens.flatMap((t, i) => (t.type === "heading_open" && t.tag === "h2" ? [tokens[i + 1]!.content] : []));

  test("matches its golden file byte for byte", () => expectGolden("agreements.nb.md", text));

  test("has Norwegian headings, labels, statuses and dates", () => {
    expect(headings).toEqual(["Avtaler", "For kollegene som ikke var med"]);
    expect(text).toContain("Kode ABC234 · 14. mars 2025");
    expect(text).toContain("- **Ansvarlig:** Sanne de Vries (Sales)");
    // "30." at a line's start is escaped so it cannot start a numbered list; it renders as typed.
    expect(text).toContain("- **Frist:** 30\\. april 2025");
    expect(text).toContain("- **Status:** i rute");
    expect(text).toContain("- **Makker:** ingen");
    expect(text).toContain("- **Målt:** ikke målt ennå");
    expect(text).not.toMatch(/\*\*(Owner|Due|Status of|Buddy):\*\*/);
  });
});

describe("PDF in Dutch", () => {
  let pages: string[];
  let fifty: string[];
  beforeAll(async () => {
    pages = await pdfPages(await agreementsPdf(FULL_REPORT, "nl"));
    fifty = await pdfPages(await agreementsPdf(FIFTY_REPORT, "nl"));
  }, 60_000);

  test("matches its golden text and says everything in Dutch, page footers too", () => {
    expectGolden("agreements.nl.pdf.txt", pages.join("\f\n"));
    const all = flat(pages.join("\n"));
    for (const line of ["Code ABC234 · 14 maart 2025", "Afspraken", "Eigenaar: Sanne de Vries (Sales)", "Deadline: 30 april 2025", "Buddy: geen", "Status: in gevaar", "Gemeten: nog niet gemeten", "Voor de collega's die er niet bij waren"]) {
      expect(all).toContain(line);
    }
    fifty.forEach((page, i) => expect(page).toContain(`pagina ${i + 1} van ${fifty.length}`));
  });
});

describe("calendar in Norwegian", () => {
  const ics = agreementsIcs(FULL_REPORT, "nb");
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

  test("matches its golden file byte for byte", () => expectGolden("agreements.nb.ics", ics));

  test("names the events and describes them in Norwegian, on the same days", () => {
    expect(events[0]!.summary).toMatch(/^Frist: Answer every complaint/);
    expect(events[1]!.summary).toMatch(/^Oppfølging: Answer every complaint/);
    expect(events[0]!.startDate.toString()).toBe("2025-04-30");
    expect(events[0]!.description).toContain("Type: Avtale\nAnsvarlig: Sanne de Vries (Sales)\nMakker: Åse Ærlig (Økonomi)\nFrist: 30. april 2025");
    expect(events[0]!.description).toContain("(kode ABC234, 14. mars 2025)");
  });
});
