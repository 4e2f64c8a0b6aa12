import type { IncomingMessage, ServerResponse } from "node:http";
import { domainError } from "@/lib/domain";
import type { Actor } from "@/lib/domain";
import { buildReport } from "@/lib/domain/report";
import { ProgressFieldsSchema, type EditLink, type ShareLink } from "@/lib/protocol";
import { hashToken, newFacilitatorToken } from "../secrets";
import { bearer, requireFacilitator, requireReader } from "./auth";
import { executeOrThrow } from "./commands";
import { HttpError, invalidBody, readJson, refused, sendJson } from "./respond";
import type { WorkshopRoutesDeps } from "./workshops";

const BODY_LIMIT = 4 * 1024;

async function roomFor(code: string, deps: WorkshopRoutesDeps) {
  const room = await deps.rooms.get(code);
  if (!room) throw refused(404, "not_found", "noWorkshop");
  return room;
}

const reportUrl = (base: string, code: string, secret: "share" | "edit", token: string) => `${base}/r/${code}#${secret}=${token}`;

/** POST /api/workshops/:code/share — a new read-only report link, shown once; the log keeps its hash. */
export async function addShareLinkRoute(req: IncomingMessage, code: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req, "the facilitator key");
  const room = await roomFor(code, deps);
  requireFacilitator(room.state, token);
  const secret = newFacilitatorToken();
  await executeOrThrow(room, { type: "share.add", tokenHash: hashToken(secret) }, { role: "facilitator" });
  const body: ShareLink = { shareUrl: reportUrl(deps.baseUrl(), room.code, "share", secret) };
  sendJson(res, 201, body);
}

/** POST /api/workshops/:code/agreements/:id/edit-link — the owner's link to update that agreement's progress. */
export async function addEditLinkRoute(req: IncomingMessage, code: string, agreementId: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req, "the facilitator key");
  const room = await roomFor(code, deps);
  requireFacilitator(room.state, token);
  const secret = newFacilitatorToken();
  await executeOrThrow(room, { type: "agreement.addEditLink", agreementId, tokenHash: hashToken(secret) }, { role: "facilitator" });
  const body: EditLink = { editUrl: reportUrl(deps.baseUrl(), room.code, "edit", secret) };
  sendJson(res, 201, body);
}

/**
 * POST /api/workshops/:code/agreements/:id/progress — the facilitator, or the owner through their
 * edit link, says where an agreement stands. Kept as an event: the report shows the history.
 */
export async function progressRoute(req: IncomingMessage, code: string, agreementId: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req, "the facilitator key or the owner's link");
  const room = await roomFor(code, deps);
  const reader = requireReader(room.state, token);
  const actor: Actor | null =
    reader.role === "facilitator" ? { role: "facilitator" } : reader.role === "owner" ? { role: "owner", agreementId: reader.agreementId } : null;
  if (!actor || (actor.role === "owner" && actor.agreementId !== agreementId)) {
    throw HttpError.of(403, domainError("forbidden", "progressByOwner"));
  }
  const parsed = ProgressFieldsSchema.safeParse(await readJson(req, BODY_LIMIT));
  if (!parsed.success) throw invalidBody(parsed.error);
  await executeOrThrow(room, { type: "agreement.progress", agreementId, ...parsed.data }, actor);
  const agreement = buildReport(room.state).agreements.find((a) => a.id === agreementId);
  sendJson(res, 200, { agreement });
}
