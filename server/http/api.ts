import type { IncomingMessage, ServerResponse } from "node:http";
import type { Health } from "@/lib/protocol";
import { StoreUnavailableError } from "../store/eventStore";
import { HttpError, sendError, sendJson } from "./respond";
import { addCofacilitatorRoute } from "./cofacilitators";
import { createWorkshopRoute, getWorkshopRoute, type WorkshopRoutesDeps } from "./workshops";

export interface ApiDeps extends WorkshopRoutesDeps {
  startedAt: number;
  log: (err: unknown) => void;
}

/** Answers everything under /api. Every failure is JSON with a code and a message. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, deps: ApiDeps): Promise<void> {
  const { pathname } = new URL(req.url ?? "/", "http://onside");
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
    const one = /^\/api\/workshops\/([^/]{1,32})$/.exec(pathname);
    if (one?.[1]) {
      allow(method, "GET");
      return await getWorkshopRoute(safeDecode(one[1]), res, deps);
    }
    const cofacilitators = /^\/api\/workshops\/([^/]{1,32})\/cofacilitators$/.exec(pathname);
    if (cofacilitators?.[1]) {
      allow(method, "POST");
      return await addCofacilitatorRoute(req, safeDecode(cofacilitators[1]), res, deps);
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
