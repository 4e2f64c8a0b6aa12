import type { IncomingMessage, ServerResponse } from "node:http";
import type { Rooms } from "../rooms/rooms";
import { bearer, requireFacilitator } from "./auth";
import { refused } from "./respond";

export interface DeleteDeps {
  rooms: Rooms;
  /** Deletes the workshop with this (stored) code whole and lets its connections go. */
  removeWorkshop: (code: string) => Promise<number>;
}

/**
 * DELETE /api/workshops/:code — the facilitator deletes the workshop and everything it holds.
 * From then on its code is unknown everywhere, and every device on it is disconnected.
 */
export async function deleteWorkshopRoute(req: IncomingMessage, code: string, res: ServerResponse, deps: DeleteDeps) {
  const token = bearer(req, "the facilitator key");
  const room = await deps.rooms.get(code);
  if (!room) throw refused(404, "not_found", "noWorkshop");
  requireFacilitator(room.state, token);
  await deps.removeWorkshop(room.code);
  res.writeHead(204, { "cache-control": "no-store" }).end();
}
