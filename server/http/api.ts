import type { IncomingMessage, ServerResponse } from "node:http";
import type { Health } from "@/lib/protocol";
import { StoreUnavailableError } from "../store/eventStore";
import { HttpError, sendError, sendJson } from "./respond";
import { addCofacilitatorRoute } from "./cofacilitators";
import { addEditLinkRoute, addShareLinkRoute, progressRoute } from "./followup";
import { importWorkshopRoute } from "./import";
import { agreementsRoute, exportRoute, reportRoute } from "./report";
import { createWorkshopRoute, getWorkshopRoute, type WorkshopRoutesDeps } from "./workshops";

export interface ApiDeps extends WorkshopRoutesDeps {
  startedAt: number;
  log: (err: unknown) => void;
}

/** Answers everything under /api. Every failure is JSON with a code and a message. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, deps: ApiDeps): Promise<void> {
  const { pathname, searchParams } = new URL(req.url ?? "/", "http://onside");
  const method = req.method ?? "GET";
  try {
    if (pathname === "/api/health") {
      allow(method, "GET");
      const body: Health = { ok: true, store: "sqlite", uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000) };
      return sendJson(res, 200, body);
    }
    if (pathname === "/api/workshops") {
      allow(method, "POST");
      return await createWorkshopRoute(req, res, deps);
    }
    if (pathname === "/api/workshops/import") {
      allow(method, "POST");
      return await importWorkshopRoute(req, res, deps);
    }
    const one = /^\/api\/workshops\/([^/]{1,32})$/.exec(pathname);
    if (one?.[1]) {
      allow(method, "GET");
      return await getWorkshopRoute(safeDecode(one[1]), res, deps);
    }
    const sub = /^\/api\/workshops\/([^/]{1,32})\/(cofacilitators|share|report|agreements|export)$/.exec(pathname);
    if (sub?.[1] && sub[2]) {
      const code = safeDecode(sub[1]);
      switch (sub[2]) {
        case "cofacilitators":
          allow(method, "POST");
          return await addCofacilitatorRoute(req, code, res, deps);
        case "share":
          allow(method, "POST");
          return await addShareLinkRoute(req, code, res, deps);
        case "report":
          allow(method, "GET");
          return await reportRoute(req, code, res, deps);
        case "agreements":
          allow(method, "GET");
          return await agreementsRoute(req, code, searchParams, res, deps);
        case "export":
          allow(method, "GET");
          return await exportRoute(req, code, res, deps);
      }
    }
    const agreement = /^\/api\/workshops\/([^/]{1,32})\/agreements\/([^/]{1,64})\/(edit-link|progress)$/.exec(pathname);
    if (agreement?.[1] && agreement[2] && agreement[3]) {
      allow(method, "POST");
      const [code, id] = [safeDecode(agreement[1]), safeDecode(agreement[2])];
      return agreement[3] === "edit-link" ? await addEditLinkRoute(req, code, id, res, deps) : await progressRoute(req, code, id, res, deps);
    }
    throw new HttpError(404, "not_found", `No API endpoint at ${pathname}.`);
  } catch (err) {
    if (err instanceof HttpError) return sendError(res, err);
    if (err instanceof StoreUnavailableError) {
      return sendError(res, new HttpError(503, "unavailable", "The server cannot save right now; please try again."));
    }
    deps.log(err);
    sendError(res, new HttpError(500, "internal", "Something went wrong on the server; please try again."));
  }
}

function allow(method: string, expected: string): void {
  if (method !== expected) throw new HttpError(405, "invalid_input", `Use ${expected} here.`, undefined, { allow: expected });
}

/** A malformed escape is just a code that matches nothing. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}
