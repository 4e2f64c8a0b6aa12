import { z } from "zod";
import { LIMITS, type WorkshopState } from "@/lib/domain";
import { TeamSchema } from "@/lib/domain/schemas";
import { AgreementFieldsSchema } from "@/lib/domain/features/agreements/schemas";
import { AgreementStatusSchema } from "@/lib/domain/features/followup/schemas";

/**
 * The file of `GET /api/workshops/:code/export`: the whole workshop as the facilitator's console
 * holds it — no secrets, no one's ballots, no author of an anonymous card or of a belief.
 */
export interface WorkshopExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO instant. */
  exportedAt: string;
  workshop: WorkshopState;
}

export const EXPORT_FORMAT = "onside.workshop";
export const EXPORT_VERSION = 1;

/** The largest export `POST /api/workshops/import` takes. A full day of forty people is far below. */
export const IMPORT_LIMIT_BYTES = 2 * 1024 * 1024;

/** An agreement as an import reads it: its fields, and where its follow-up stands. */
const ImportedAgreementSchema = z.object({
  id: z.string().max(LIMITS.id),
  kind: z.enum(["agreement", "carry-over"]),
  ...AgreementFieldsSchema.shape,
  status: AgreementStatusSchema.default("not-started"),
  measured: z.string().max(LIMITS.metricText).default(""),
});

/**
 * What an import needs of an export to start a follow-up workshop: its title, its teams and its
 * agreements, each checked as strictly as when they were made. The rest of the file is not read.
 */
export const WorkshopImportSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: "This is not an Onside export (its format is not onside.workshop)." }),
  version: z.literal(EXPORT_VERSION, { error: `This export is of a version this server does not read (it reads version ${EXPORT_VERSION}).` }),
  workshop: z.object({
    code: z.string().max(LIMITS.id),
    title: z.string().trim().min(1).max(LIMITS.title),
    teams: z.array(TeamSchema).min(LIMITS.teams.min).max(LIMITS.teams.max),
    agreements: z.record(z.string(), ImportedAgreementSchema),
  }),
});
export type WorkshopImport = z.infer<typeof WorkshopImportSchema>;
