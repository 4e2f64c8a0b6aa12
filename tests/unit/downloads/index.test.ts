import { describe, expect, test } from "vitest";
import { DOWNLOAD_FORMATS } from "@/lib/protocol";
import { downloadFilename, renderAgreements } from "@/server/downloads";
import { EMPTY_REPORT, FULL_REPORT } from "./fixtures";

describe("renderAgreements", () => {
  const types = { pdf: "application/pdf", csv: "text/csv; charset=utf-8", md: "text/markdown; charset=utf-8", ics: "text/calendar; charset=utf-8" };

  test.each(DOWNLOAD_FORMATS)("%s: the file's type and an ASCII name with the workshop's code", async (format) => {
    const download = await renderAgreements(FULL_REPORT, format);
    expect(download.contentType).toBe(types[format]);
    expect(download.filename).toBe(`onside-ABC234-agreements.${format}`);
    expect(download.body.length).toBeGreaterThan(0);
  });

  test.each(DOWNLOAD_FORMATS)("%s: a workshop without agreements still gives a file", async (format) => {
    const download = await renderAgreements(EMPTY_REPORT, format);
    expect(download.filename).toBe(`onside-EMP234-agreements.${format}`);
    expect(download.body.length).toBeGreaterThan(0);
  });

  test("the text formats are UTF-8 of what the serializers made, the PDF a PDF", async () => {
    expect((await renderAgreements(FULL_REPORT, "csv")).body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await renderAgreements(FULL_REPORT, "md")).body.toString("utf8")).toMatch(/^# Klantreis Q3: Økonomi/);
    expect((await renderAgreements(FULL_REPORT, "ics")).body.toString("utf8")).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect((await renderAgreements(FULL_REPORT, "pdf")).body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  test("a file name keeps only letters, digits and dashes of the code", () => {
    expect(downloadFilename('AB"C/\\ø\r\n2', "csv")).toBe("onside-ABC2-agreements.csv");
    expect(downloadFilename("", "md")).toBe("onside-workshop-agreements.md");
  });
});
