import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { viewFor } from "@/lib/domain";
import { buildReport } from "@/lib/domain/report";
import { LANGUAGES, matchLanguage, parseAcceptLanguage, type Language } from "@/lib/i18n";
import { DOWNLOAD_FORMATS, EXPORT_FORMAT, EXPORT_VERSION, type ReportReader, type ReportResponse, type WorkshopExport } from "@/lib/protocol";
import { renderAgreements } from "../downloads";
import type { Room } from "../rooms/room";
import { bearer, requireFacilitator, requireReader, type Reader } from "./auth";
import { HttpError, refused, sendJson } from "./respond";
import type { WorkshopRoutesDeps } from "./workshops";

const KEY = "your workshop key (the participant's, the facilitator's, or a share link's)";

async function roomOf(code: string, deps: WorkshopRoutesDeps): Promise<Room> {
  const room = await deps.rooms.get(code);
  if (!room) throw refused(404, "not_found", "noWorkshop");
  return room;
}

/** What a page may know about who it is: never a participant's id. */
function publicReader(reader: Reader): ReportReader {
  return reader.role === "participant" ? { role: "participant" } : reader;
}

/** GET /api/workshops/:code/report — for everyone in the workshop and holders of a share link. */
export async function reportRoute(req: IncomingMessage, code: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req, KEY);
  const room = await roomOf(code, deps);
  const reader = requireReader(room.state, token);
  const body: ReportResponse = { report: buildReport(room.state), you: publicReader(reader) };
  sendJson(res, 200, body);
}

const FormatSchema = z.enum(DOWNLOAD_FORMATS, { error: `format must be one of ${DOWNLOAD_FORMATS.join(", ")}` });

const LangSchema = z.enum(LANGUAGES, { error: `lang must be one of ${LANGUAGES.join(", ")}` });

/**
 * The language a download is written in: `?lang=` (the page sends its own), else the browser's
 * Accept-Language, else English. A `lang` Onside does not speak is a mistake worth saying.
 */
function downloadLanguage(req: IncomingMessage, query: URLSearchParams): Language {
  const asked = query.get("lang");
  if (asked === null) return matchLanguage(parseAcceptLanguage(req.headers["accept-language"])) ?? "en";
  const lang = LangSchema.safeParse(asked);
  if (!lang.success) throw new HttpError(400, "invalid_input", lang.error.issues[0]?.message ?? "Unknown language");
  return lang.data;
}

/** GET /api/workshops/:code/agreements?format=pdf|csv|md|ics&lang=en|nl|nb — the agreements as a file. */
export async function agreementsRoute(req: IncomingMessage, code: string, query: URLSearchParams, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const format = FormatSchema.safeParse(query.get("format") ?? "");
  if (!format.success) throw new HttpError(400, "invalid_input", format.error.issues[0]?.message ?? "Unknown format");
  const lang = downloadLanguage(req, query);
  const token = bearer(req, KEY);
  const room = await roomOf(code, deps);
  requireReader(room.state, token);
  const file = await renderAgreements(buildReport(room.state), format.data, lang);
  sendFile(res, file.body, file.contentType, file.filename);
}

/**
 * GET /api/workshops/:code/export — the whole workshop as the facilitator's console holds it: no
 * secrets, nobody's ballots, no author of an anonymous card or a belief. Facilitators only.
 */
export async function exportRoute(req: IncomingMessage, code: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req, "the facilitator key");
  const room = await roomOf(code, deps);
  requireFacilitator(room.state, token);
  const body: WorkshopExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    workshop: viewFor(room.state, { role: "facilitator" }),
  };
  sendFile(res, Buffer.from(JSON.stringify(body, null, 2), "utf8"), "application/json; charset=utf-8", `onside-${room.code}.json`);
}

/** A download: the browser saves it under `filename` rather than showing it. */
function sendFile(res: ServerResponse, body: Buffer, contentType: string, filename: string): void {
  res.writeHead(200, {
    "content-type": contentType,
    "content-length": body.length,
    "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(body);
}
