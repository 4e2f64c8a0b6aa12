import type { IncomingMessage, ServerResponse } from "node:http";
import { agendaAsTemplate, templatesIn } from "@/lib/domain";
import type { TemplateList } from "@/lib/protocol";
import { bearer, requireFacilitator } from "./auth";
import { requestLanguage } from "./language";
import { refused, sendJson } from "./respond";
import type { WorkshopRoutesDeps } from "./workshops";

/** GET /api/templates[?lang=] — the agendas a new workshop can start from, in the language asked for. */
export function templatesRoute(req: IncomingMessage, searchParams: URLSearchParams, res: ServerResponse): void {
  const language = requestLanguage(req, searchParams);
  const body: TemplateList = {
    language,
    templates: templatesIn(language).map(({ id, title, description, agenda, teams }) => ({
      id,
      title,
      description,
      phases: agenda.length,
      teams: [...teams],
    })),
  };
  sendJson(res, 200, body, { vary: "accept-language" });
}

/** GET /api/workshops/:code/agenda-template — the current agenda as a file to save (facilitator only). */
export async function agendaTemplateRoute(req: IncomingMessage, code: string, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req, "the facilitator key");
  const room = await deps.rooms.get(code);
  if (!room) throw refused(404, "not_found", "noWorkshop");
  requireFacilitator(room.state, token);
  const template = agendaAsTemplate(room.state);
  sendJson(res, 200, template, { "content-disposition": `attachment; filename="${template.id}.json"` });
}
