import { beforeAll, describe, expect, test } from "vitest";
import { metricLabel, person } from "@/server/downloads/labels";
import { agreementsPdf } from "@/server/downloads/pdf";
import { type PdfFont, pdfFonts, printable } from "@/server/downloads/pdfFont";
import { AGREEMENTS, EMPTY_REPORT, FIFTY_REPORT, FULL_REPORT, WORKSHOP } from "./fixtures";
import { expectGolden } from "./golden";
import { pdfPages } from "./pdfText";

/** Text compared as a reader sees it, whatever the line wrapping. */
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

describe("agreements as PDF", () => {
  let pdf: Buffer;
  let pages: string[];
  let all: string;
  beforeAll(async () => {
    pdf = await agreementsPdf(FULL_REPORT);
    pages = await pdfPages(pdf);
    all = flat(pages.join("\n"));
  });

  test("is a PDF whose text, as PDF.js reads it, matches its golden file", () => {
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expectGolden("agreements.pdf.txt", pages.join("\f\n"));
  });

  test("shows the title, code and date, and every agreement's what, owner and metric", () => {
    expect(all.startsWith(flat(WORKSHOP.title))).toBe(true);
    expect(all).toContain("Code ABC234 · 14 March 2025");
    for (const a of AGREEMENTS) {
      // Emoji are left out of the PDF (the font has none); everything else is there.
      expect(all).toContain(flat(a.what.replace(/\p{Extended_Pictographic}/gu, "")));
      expect(all).toContain(`Owner: ${person(a.ownerName, a.ownerTeam)}`);
      expect(all).toContain(`Metric: ${flat(metricLabel(a))}`);
    }
  });

  test("shows the labelled fields the report shows", () => {
    for (const line of [
      "Buddy: Åse Ærlig (Økonomi)",
      "Buddy: none",
      "Legal/audit check: needed: Check with the DPO first.",
      "Legal/audit check: not needed",
      "I'm in: 12",
      "Status: at risk",
      "Measured: 7.5% (50% of the way to the target)",
      "Measured: not measured yet",
      'Carried over from: Voorjaarssessie "samen", 2024',
      "For the colleagues who weren't here",
    ]) {
      expect(all).toContain(line);
    }
  });

  test("Dutch and Norwegian letters come out as themselves", () => {
    for (const word of ["Økonomi", "één", "Ærlig", "Åse", "Ødegård", "Seán", "gjør", "forstå", "Björn", "Łukasz"]) expect(all).toContain(word);
    expect(all).not.toContain("\uFFFD");
  });

  test("emoji are left out without breaking the words around them", () => {
    expect(all).toContain("Legal/audit check: needed: Audit signs off before launch I'm in: 12");
    expect(all).toContain("for those who weren't here Owner:");
    expect(all).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  test("is the same file on every download", async () => {
    expect((await agreementsPdf(FULL_REPORT)).equals(pdf)).toBe(true);
  });

  test("fifty agreements run over several pages, each agreement whole and numbered", async () => {
    const fifty = await pdfPages(await agreementsPdf(FIFTY_REPORT));
    expect(fifty.length).toBeGreaterThanOrEqual(5);
    fifty.forEach((page, i) => expect(page).toContain(`Onside · FIF234 · page ${i + 1} of ${fifty.length}`));
    const text = flat(fifty.join("\n"));
    for (const [i, a] of FIFTY_REPORT.agreements.entries()) {
      expect(text).toContain(`${i + 1}. ${a.what}`);
    }
    // A block that fits on a page is not split over two.
    for (const page of fifty) {
      const headings = [...page.matchAll(/^(\d+)\. Agreement number/gm)].length;
      const owners = [...page.matchAll(/^Owner: /gm)].length;
      const last = [...page.matchAll(/^Measured: /gm)].length;
      expect(owners).toBe(headings);
      expect(last).toBe(headings);
    }
  });

  test("a workshop without agreements is a one-page PDF that says there are none yet", async () => {
    const empty = await pdfPages(await agreementsPdf(EMPTY_REPORT));
    expectGolden("empty.pdf.txt", empty.join("\f\n"));
    expect(empty).toHaveLength(1);
    expect(flat(empty[0]!)).toContain("Nothing agreed (yet) Code EMP234 · 14 March 2025 No agreements yet.");
  });
});

describe("text the PDF's font can draw", () => {
  const { regular } = pdfFonts();

  test("keeps every letter the font has, and line breaks", () => {
    expect(printable("Økonomi één Ærlig\r\nÅse → ü ï ë ö", regular)).toBe("Økonomi één Ærlig\nÅse → ü ï ë ö");
  });

  test("leaves out emoji, with the space they leave single", () => {
    expect(printable("Great 🎉 idea 👩🏽‍💻 now 🇳🇴!", regular)).toBe("Great idea now !");
  });

  test("turns a character the font lacks into its base letter, or a visible ?", () => {
    const asciiOnly: PdfFont = { data: Buffer.alloc(0), has: (cp) => cp < 0x80 };
    expect(printable("één Ødegård", asciiOnly)).toBe("een ?degard");
    expect(printable("漢字 ok", regular)).toBe("?? ok");
  });

  test("drops control characters other than line breaks; a tab becomes a space", () => {
    expect(printable("a\u0000b\u0007c\td", regular)).toBe("abc d");
  });
});
