import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CoFacilitatorLink } from "@/lib/protocol";
import { isFacilitatorToken } from "../secrets";
import { hashToken, newFacilitatorToken } from "../secrets";
import { HttpError, sendJson } from "./respond";
import { links, type WorkshopRoutesDeps } from "./workshops";

const STATUS = { invalid_input: 400, forbidden: 403, not_found: 404, closed: 409, conflict: 503, unavailable: 503 } as const;

/**
 * POST /api/workshops/:code/cofacilitators — a new link that opens the console on another laptop.
 * The token is made here and shown once; the workshop's log holds only its hash.
 */
export async function addCofacilitatorRoute(req: IncomingMessage, code: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req);
  const room = await deps.rooms.get(code);
  if (!room) throw new HttpError(404, "not_found", "No workshop has that code.");
  const secrets = room.state.secrets;
  if (!secrets) throw new Error(`Workshop ${room.code} has no secrets on the server`);
  if (!isFacilitatorToken(secrets, token)) {
    throw new HttpError(403, "forbidden", "This facilitator key is not valid for this workshop.");
  }

  const coToken = newFacilitatorToken();
  // A fresh command id: this is a new link every time, never the answer to an earlier request.
  const done = await room.execute(randomUUID(), { type: "cofacilitator.add", tokenHash: hashToken(coToken) }, { role: "facilitator" });
  if (!done.ok) {
    const status = STATUS[done.error.code as keyof typeof STATUS] ?? 500;
    throw new HttpError(status, done.error.code, done.error.message);
  }
  const body: CoFacilitatorLink = { facilitatorUrl: links(deps.baseUrl(), room.code).facilitatorUrl(coToken) };
  sendJson(res, 201, body);
}

/** The token of `Authorization: Bearer <token>`; 401 when there is none. */
function bearer(req: IncomingMessage): string {
  const match = /^Bearer\s+(\S{1,256})\s*$/i.exec(req.headers.authorization ?? "");
  if (!match?.[1]) {
    throw new HttpError(401, "unauthorized", "Send the facilitator key as Authorization: Bearer <key>.", undefined, {
      "www-authenticate": 'Bearer realm="onside"',
    });
  }
  return match[1];
}
