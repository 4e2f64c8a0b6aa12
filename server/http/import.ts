import type { IncomingMessage, ServerResponse } from "node:http";
import { AgreementFieldsSchema, carryOver, CreateWorkshopSchema, LIMITS, type CarriedAgreement } from "@/lib/domain";
import { IMPORT_LIMIT_BYTES, WorkshopImportSchema, type WorkshopImport } from "@/lib/protocol";
import { HttpError, invalidBody, readJson, sendJson } from "./respond";
import { created, type WorkshopRoutesDeps } from "./workshops";

/**
 * POST /api/workshops/import — a follow-up workshop from an export: the same teams, and the
 * agreements carried over for review with where they stood. The file is checked whole before
 * anything is stored, and the new workshop is stored in one append: never half an import.
 */
export async function importWorkshopRoute(req: IncomingMessage, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const parsed = WorkshopImportSchema.safeParse(await readJson(req, IMPORT_LIMIT_BYTES));
  if (!parsed.success) throw invalidBody(parsed.error, "This file is not an Onside export.");
  const { workshop } = parsed.data;

  const title = `Follow-up: ${workshop.title}`.slice(0, LIMITS.title);
  const input = CreateWorkshopSchema.safeParse({ title, teams: workshop.teams.map((t) => t.name) });
  if (!input.success) throw invalidBody(input.error);
  const agreements = carriedAgreements(workshop);

  const { room, facilitatorToken } = await deps.rooms.create(input.data, (event) =>
    carryOver(event.agenda, agreements, { code: workshop.code, title: workshop.title }),
  );
  sendJson(res, 201, created(room.code, room.state.title, facilitatorToken, deps));
}

/**
 * The export's agreements in the order they were made, their teams renumbered as the new
 * workshop numbers them (by position). A team that is not in the export's list is refused.
 */
function carriedAgreements(workshop: WorkshopImport["workshop"]): CarriedAgreement[] {
  const newId = new Map(workshop.teams.map((t, i) => [t.id, `t${i + 1}`]));
  const team = (id: string, agreementId: string) => {
    const mapped = newId.get(id);
    if (!mapped) throw new HttpError(400, "invalid_input", `Agreement ${agreementId} names a team (${id}) that is not in the export.`);
    return mapped;
  };
  return Object.entries(workshop.agreements)
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([, { id, kind, status, measured, ownerTeamId, buddyTeamId, ...rest }]) => {
      // Checked again as a whole, as when it was made (a buddy from another team, dates in order):
      // the log must only ever hold agreements the rules accept.
      const fields = AgreementFieldsSchema.safeParse({
        ...rest,
        ownerTeamId: team(ownerTeamId, id),
        buddyTeamId: buddyTeamId === null ? null : team(buddyTeamId, id),
      });
      if (!fields.success) throw invalidBody(fields.error);
      return { kind, status, measured, fields: fields.data };
    });
}
