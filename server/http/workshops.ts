import type { IncomingMessage, ServerResponse } from "node:http";
import { CreateWorkshopSchema, currentPhase, type WorkshopState } from "@/lib/domain";
import type { CreatedWorkshop, PublicWorkshopInfo } from "@/lib/protocol";
import type { Rooms } from "../rooms/rooms";
import { HttpError, readJson, sendJson } from "./respond";

export interface WorkshopRoutesDeps {
  rooms: Rooms;
  baseUrl: () => string;
}

const BODY_LIMIT = 16 * 1024;

export const links = (base: string, code: string) => ({
  joinUrl: `${base}/w/${code}`,
  screenUrl: `${base}/s/${code}`,
  facilitatorUrl: (token: string) => `${base}/f/${code}#key=${token}`,
});

/** POST /api/workshops — the only way a workshop comes to be. */
export async function createWorkshopRoute(req: IncomingMessage, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const parsed = CreateWorkshopSchema.safeParse(await readJson(req, BODY_LIMIT));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const first = issues[0];
    throw new HttpError(400, "invalid_input", first ? `${first.path || "body"}: ${first.message}` : "Invalid body", issues);
  }
  const { room, facilitatorToken } = await deps.rooms.create(parsed.data);
  const urls = links(deps.baseUrl(), room.code);
  const body: CreatedWorkshop = {
    code: room.code,
    title: room.state.title,
    facilitatorToken,
    facilitatorUrl: urls.facilitatorUrl(facilitatorToken),
    joinUrl: urls.joinUrl,
    screenUrl: urls.screenUrl,
  };
  sendJson(res, 201, body);
}

/** GET /api/workshops/:code — what a phone needs before joining. Never a secret. */
export async function getWorkshopRoute(code: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const room = await deps.rooms.get(code);
  if (!room) throw new HttpError(404, "not_found", "No workshop has that code. Check it on the screen.");
  sendJson(res, 200, publicInfo(room.state, links(deps.baseUrl(), room.code).joinUrl));
}

export function publicInfo(state: WorkshopState, joinUrl: string): PublicWorkshopInfo {
  const phase = currentPhase(state);
  return {
    code: state.code,
    title: state.title,
    teams: state.teams.map(({ id, name }) => ({ id, name })),
    phase: { id: phase.id, kind: phase.kind, title: phase.title },
    joinUrl,
  };
}
