import type { IncomingMessage, ServerResponse } from "node:http";
import type { CoFacilitatorLink } from "@/lib/protocol";
import { hashToken, newFacilitatorToken } from "../secrets";
import { bearer, requireFacilitator } from "./auth";
import { executeOrThrow } from "./commands";
import { refused, sendJson } from "./respond";
import { links, type WorkshopRoutesDeps } from "./workshops";

/**
 * POST /api/workshops/:code/cofacilitators — a new link that opens the console on another laptop.
 * The token is made here and shown once; the workshop's log holds only its hash.
 */
export async function addCofacilitatorRoute(req: IncomingMessage, code: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req, "the facilitator key");
  const room = await deps.rooms.get(code);
  if (!room) throw refused(404, "not_found", "noWorkshop");
  requireFacilitator(room.state, token);

  const coToken = newFacilitatorToken();
  await executeOrThrow(room, { type: "cofacilitator.add", tokenHash: hashToken(coToken) }, { role: "facilitator" });
  const body: CoFacilitatorLink = { facilitatorUrl: links(deps.baseUrl(), room.code).facilitatorUrl(coToken) };
  sendJson(res, 201, body);
}
