import type { IncomingMessage, ServerResponse } from "node:http";
import { TEMPLATES, agendaAsTemplate } from "@/lib/domain";
import { bearer, requireFacilitator } from "./auth";
import { HttpError, sendJson } from "./respond";
import type { WorkshopRoutesDeps } from "./workshops";

/** GET /api/templates — the agendas a new workshop can start from. */
export function templatesRoute(res: ServerResponse): void {
  sendJson(res, 200, {
    templates: TEMPLATES.map(({ id, title, description, agenda }) => ({ id, title, description, phases: agenda.length })),
  });
}

/** GET /api/workshops/:code/agenda-template — the current agenda as a file to save (facilitator only). */
export async function agendaTemplateRoute(req: IncomingMessage, code: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req, "the facilitator key");
  const room = await deps.rooms.get(code);
  if (!room) throw new HttpError(404, "not_found", "No workshop has that code.");
  requireFacilitator(room.state, token);
  const template = agendaAsTemplate(room.state);
  sendJson(res, 200, template, { "content-disposition": `attachment; filename="${template.id}.json"` });
}
