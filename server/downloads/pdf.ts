import PDFDocument from "pdfkit";
import type { Report, ReportAgreement } from "@/lib/domain/report";
import type { Language } from "@/lib/i18n";
import { type Words, agreementFields, groupsOf, wordsFor, workshopLine } from "./labels";
import { type PdfFont, pdfFonts, printable } from "./pdfFont";

/**
 * The agreements as an A4 PDF made on the server with pdfkit (maintained, embeds and subsets
 * TrueType fonts, wraps text and breaks pages itself): the workshop's title, its code and date,
 * then under each kind's heading every agreement as a block, its what in bold and its fields as
 * labelled lines. A block that would start at the foot of a page starts on the next one. Every
 * page carries the code and "page n of m" at its foot.
 *
 * The document's dates are the workshop's (when it ended, or the day it was held), not the
 * clock's, so the same report gives the same file.
 */

const MARGIN = 56;
const INK = "#1a1a1a";
const MUTED = "#5c5c5c";
/** Room an agreement's heading and first lines need before it is worth starting on this page. */
const MIN_BLOCK = 90;
/** The space between an agreement's heading and its fields. */
const BLOCK_GAP = 6;

export async function agreementsPdf(report: Report, lang?: Language): Promise<Buffer> {
  const { regular, bold } = pdfFonts();
  const words = wordsFor(lang);
  const { t } = words;
  const { workshop } = report;
  const when = new Date(workshop.endedAt ?? `${workshop.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: printable(t("pdfTitle", { title: workshop.title }), regular),
      Author: "Onside",
      Subject: t("pdfSubject", { code: workshop.code }),
      CreationDate: when,
      ModDate: when,
    },
  });
  doc.registerFont("regular", regular.data);
  doc.registerFont("bold", bold.data);
  const done = collect(doc);

  const width = doc.page.width - 2 * MARGIN;
  const write = (font: "regular" | "bold", size: number, color: string, text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(printable(text, font === "bold" ? bold : regular), { width, ...options });

  write("bold", 20, INK, workshop.title);
  doc.moveDown(0.2);
  write("regular", 10, MUTED, workshopLine(words, report));
  doc.moveDown(1);

  const groups = groupsOf(words, report);
  if (groups.length === 0) write("regular", 11, INK, t("noAgreements"));
  let n = 0;
  for (const group of groups) {
    startBlock(doc, MIN_BLOCK + 30);
    write("bold", 14, INK, group.heading);
    doc.moveDown(0.5);
    for (const a of group.agreements) {
      n += 1;
      agreement(doc, words, a, n, width, regular, bold);
    }
    doc.moveDown(0.5);
  }

  footers(doc, words, workshop.code, regular);
  doc.end();
  return done;
}

function agreement(doc: PDFKit.PDFDocument, words: Words, a: ReportAgreement, n: number, width: number, regular: PdfFont, bold: PdfFont) {
  const what = printable(`${n}. ${a.what}`, bold);
  const fields = agreementFields(words, a).map((f) => ({ label: printable(`${f.label}: `, bold), value: printable(f.value, regular) }));

  // Kept on one page when it fits on one; a longer one starts where there is room for its start.
  const height =
    doc.font("bold").fontSize(12).heightOfString(what, { width }) +
    fields.reduce((sum, f) => sum + doc.font("regular").fontSize(10).heightOfString(f.label + f.value, { width }), 0) +
    BLOCK_GAP;
  const page = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  startBlock(doc, height <= page ? height : MIN_BLOCK);

  doc.font("bold").fontSize(12).fillColor(INK).text(what, { width });
  doc.moveDown(0.25);
  for (const f of fields) {
    doc
      .font("bold")
      .fontSize(10)
      .fillColor(MUTED)
      .text(f.label, { width, continued: true })
      .font("regular")
      .fillColor(INK)
      .text(f.value, { width });
  }
  doc.moveDown(1);
}

/** A new page when too little of this one is left for a block to start on it. */
function startBlock(doc: PDFKit.PDFDocument, room: number) {
  if (doc.y + room > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.x = doc.page.margins.left;
}

function footers(doc: PDFKit.PDFDocument, words: Words, code: string, regular: PdfFont) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise make pdfkit open another page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(MUTED)
      .text(printable(words.t("pdfFooter", { code, page: i + 1 - start, pages: count }), regular), MARGIN, doc.page.height - MARGIN / 2 - 8, {
        width: doc.page.width - 2 * MARGIN,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
