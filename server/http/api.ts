import type { ServiceReason } from "@/lib/protocol/reasons";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Health, ServerConfig } from "@/lib/protocol";
import { retryAfterSeconds, type Limits } from "../limits";
import { StoreUnavailableError } from "../store/eventStore";
import { HttpError, refused, sendError, sendJson } from "./respond";
import { catchUpParticipantRoute, catchUpRoute } from "./catchup";
import { addCofacilitatorRoute } from "./cofacilitators";
import { requireCreateSecret } from "./createSecret";
import { deleteWorkshopRoute, type DeleteDeps } from "./deleteWorkshop";
import { addEditLinkRoute, addShareLinkRoute, progressRoute } from "./followup";
import { importWorkshopRoute } from "./import";
import { agreementsRoute, exportRoute, reportRoute } from "./report";
import { agendaTemplateRoute, templatesRoute } from "./templates";
import { createWorkshopRoute, getWorkshopRoute, type WorkshopRoutesDeps } from "./workshops";

export interface ApiDeps extends WorkshopRoutesDeps, DeleteDeps {
  startedAt: number;
  /** Which store this server runs on, for /api/health. */
  storeKind: Health["store"];
  log: (err: unknown) => void;
  limits: Limits;
  /** When set, creating and importing workshops need it as the bearer token. */
  createSecret?: string;
}

/** Answers everything under /api. Every failure is JSON with a code and a message. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, deps: ApiDeps): Promise<void> {
  const { pathname, searchParams } = new URL(req.url ?? "/", "http://onside");
  const method = req.method ?? "GET";
  const address = deps.limits.addressOf(req.socket.remoteAddress, req.headers);
  try {
    if (pathname === "/api/health") {
      allow(method, "GET");
      const body: Health = { ok: true, store: deps.storeKind, uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000) };
      return sendJson(res, 200, body);
    }
    if (pathname === "/api/config") {
      allow(method, "GET");
      const body: ServerConfig = { createSecretRequired: Boolean(deps.createSecret), maxParticipants: deps.limits.settings.maxParticipants };
      return sendJson(res, 200, body);
    }
    if (pathname === "/api/templates") {
      allow(method, "GET");
      return templatesRoute(req, searchParams, res);
    }
    if (pathname === "/api/workshops" || pathname === "/api/workshops/import") {
      allow(method, "POST");
      // Counted before the key is checked, so the key cannot be guessed faster than workshops made.
      const verdict = deps.limits.create(address);
      if (!verdict.ok) {
        throw tooMany(verdict, "manyWorkshops");
      }
      requireCreateSecret(req, deps.createSecret);
      return pathname === "/api/workshops" ? await createWorkshopRoute(req, res, deps) : await importWorkshopRoute(req, res, deps);
    }
    const catchUp = /^\/api\/catchup(?:\/(join|steps))?$/.exec(pathname);
    if (catchUp) {
      allow(method, ...(catchUp[1] ? ["POST"] : ["GET"]));
      const verdict = deps.limits.lookup(address);
      if (!verdict.ok) throw tooMany(verdict, "manyLinks");
      return await catchUpParticipantRoute(req, catchUp[1], res, { ...deps, miss: () => deps.limits.miss(address) });
    }
    const addressed = /^\/api\/workshops\/([^/]{1,32})(?:\/|$)/.exec(pathname);
    if (addressed?.[1]) await lookUp(safeDecode(addressed[1]), address, deps);
    const one = /^\/api\/workshops\/([^/]{1,32})$/.exec(pathname);
    if (one?.[1]) {
      allow(method, "GET", "DELETE");
      const code = safeDecode(one[1]);
      return method === "DELETE" ? await deleteWorkshopRoute(req, code, res, deps) : await getWorkshopRoute(code, res, deps);
    }
    const sub = /^\/api\/workshops\/([^/]{1,32})\/(cofacilitators|share|report|agreements|export|agenda-template)$/.exec(pathname);
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
        case "agenda-template":
          allow(method, "GET");
          return await agendaTemplateRoute(req, code, res, deps);
      }
    }
    const catchUpAdmin = /^\/api\/workshops\/([^/]{1,32})\/catchup(?:\/(extend|close|links))?$/.exec(pathname);
    if (catchUpAdmin?.[1]) {
      allow(method, ...(catchUpAdmin[2] ? ["POST"] : ["GET", "POST"]));
      return await catchUpRoute(req, safeDecode(catchUpAdmin[1]), catchUpAdmin[2], res, deps);
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
      return sendError(res, refused(503, "unavailable", "unavailable"));
    }
    deps.log(err);
    sendError(res, refused(500, "internal", "internal"));
  }
}

function allow(method: string, ...expected: string[]): void {
  if (!expected.includes(method)) {
    throw new HttpError(405, "invalid_input", `Use ${expected.join(" or ")} here.`, undefined, { allow: expected.join(", ") });
  }
}

function tooMany(verdict: { retryAfterMs: number }, reason: ServiceReason): HttpError {
  return refused(429, "rate_limited", reason, undefined, { "retry-after": String(retryAfterSeconds(verdict)) });
}

/**
 * Every request that names a workshop code counts against the address's budget of codes that name
 * nothing, so join codes cannot be found by trying them; the route itself answers the 404.
 */
async function lookUp(code: string, address: string, deps: ApiDeps): Promise<void> {
  const verdict = deps.limits.lookup(address);
  if (!verdict.ok) throw tooMany(verdict, "manyCodes");
  if (!(await deps.rooms.get(code))) deps.limits.miss(address);
}

/** A malformed escape is just a code that matches nothing. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}
