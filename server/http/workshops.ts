import type { IncomingMessage, ServerResponse } from "node:http";
import { CreateWorkshopSchema, currentPhase, type WorkshopState } from "@/lib/domain";
import type { CreatedWorkshop, PublicWorkshopInfo } from "@/lib/protocol";
import type { Rooms } from "../rooms/rooms";
import { requestLanguage } from "./language";
import { invalidBody, readJson, refused, sendJson } from "./respond";

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
  if (!parsed.success) throw invalidBody(parsed.error);
  // A workshop made without a language speaks its creator's browser language.
  const language = parsed.data.language ?? requestLanguage(req);
  const { room, facilitatorToken } = await deps.rooms.create({ ...parsed.data, language });
  sendJson(res, 201, created(room.code, room.state.title, facilitatorToken, deps));
}

/** The answer to creating a workshop (or importing one): its links, the facilitator's shown once. */
export function created(code: string, title: string, facilitatorToken: string, deps: WorkshopRoutesDeps): CreatedWorkshop {
  const urls = links(deps.baseUrl(), code);
  return {
    code,
    title,
    facilitatorToken,
    facilitatorUrl: urls.facilitatorUrl(facilitatorToken),
    joinUrl: urls.joinUrl,
    screenUrl: urls.screenUrl,
  };
}

/** GET /api/workshops/:code — what a phone needs before joining. Never a secret. */
export async function getWorkshopRoute(code: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const room = await deps.rooms.get(code);
  if (!room) throw refused(404, "not_found", "noWorkshop");
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
    language: state.language,
  };
}
