import type { Report } from "@/lib/domain/report";
import type { Language } from "@/lib/i18n";
import type { DownloadFormat } from "@/lib/protocol";
import { agreementsCsv } from "./csv";
import { agreementsIcs } from "./ics";
import { agreementsMarkdown } from "./markdown";

/** A file to send: the bytes, their Content-Type, and the name to save them under. */
export interface Download {
  body: Buffer;
  contentType: string;
  filename: string;
}

const FORMATS: Record<DownloadFormat, { contentType: string; render: (report: Report, lang?: Language) => Promise<Buffer> | Buffer }> = {
  // Loaded on the first PDF asked for: PDFKit and its font engine are a third of the server's
  // start-up (~300 of ~1,000 ms), and a server restarted mid-workshop has phones waiting on it.
  pdf: { contentType: "application/pdf", render: async (r, l) => (await import("./pdf")).agreementsPdf(r, l) },
  csv: { contentType: "text/csv; charset=utf-8", render: (r, l) => Buffer.from(agreementsCsv(r, l), "utf8") },
  md: { contentType: "text/markdown; charset=utf-8", render: (r, l) => Buffer.from(agreementsMarkdown(r, l), "utf8") },
  ics: { contentType: "text/calendar; charset=utf-8", render: (r, l) => Buffer.from(agreementsIcs(r, l), "utf8") },
};

/**
 * "onside-<code>-agreements.<ext>". The code is made of letters and digits already; anything else
 * is dropped anyway, so the name is safe in a Content-Disposition header on every system.
 */
export function downloadFilename(code: string, format: DownloadFormat): string {
  const safe = code.replace(/[^A-Za-z0-9-]/g, "") || "workshop";
  return `onside-${safe}-agreements.${format}`;
}

/** The report's agreements as a file in the format and language asked for (English by default). */
export async function renderAgreements(report: Report, format: DownloadFormat, lang?: Language): Promise<Download> {
  const { contentType, render } = FORMATS[format];
  return { body: await render(report, lang), contentType, filename: downloadFilename(report.workshop.code, format) };
}
