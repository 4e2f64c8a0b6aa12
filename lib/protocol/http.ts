import { z } from "zod";
import type { PhaseKind } from "@/lib/domain";
import type { Report } from "@/lib/domain/report";
import { LANGUAGES, type Language } from "@/lib/i18n/languages";

/** The HTTP API's bodies, shared by the server that answers and the pages that ask. */

export { CreateWorkshopSchema, type CreateWorkshop } from "@/lib/domain";

export interface CreatedWorkshop {
  code: string;
  title: string;
  /** Shown once: the facilitator link carries it. Never returned again by any endpoint. */
  facilitatorToken: string;
  /** Where the facilitator runs the workshop (carries the token in its #fragment). */
  facilitatorUrl: string;
  /** What phones open: the QR code encodes it. */
  joinUrl: string;
  /** The projector view. */
  screenUrl: string;
}

/** The answer to `POST /api/workshops/:code/cofacilitators`: a new console link, shown once. */
export interface CoFacilitatorLink {
  /** Same shape as the facilitator's own link: `…/f/CODE#key=TOKEN`, with a token of its own. */
  facilitatorUrl: string;
}

/** The formats of `GET /api/workshops/:code/agreements?format=…`. */
export const DOWNLOAD_FORMATS = ["pdf", "csv", "md", "ics"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/**
 * Who a report was asked for, as the server recognised the bearer token: someone of the
 * workshop (facilitator or participant), a share link, or an owner's edit link.
 */
export type ReportReader =
  | { role: "facilitator" }
  | { role: "participant" }
  | { role: "share" }
  | { role: "owner"; agreementId: string };

/** The answer to `GET /api/workshops/:code/report`. */
export interface ReportResponse {
  report: Report;
  you: ReportReader;
}

/** The answer to `POST /api/workshops/:code/share`: a read-only report link, shown once. */
export interface ShareLink {
  /** `…/r/CODE#share=TOKEN`. */
  shareUrl: string;
}

/** The answer to `POST /api/workshops/:code/agreements/:id/edit-link`: the owner's link, shown once. */
export interface EditLink {
  /** `…/r/CODE#edit=TOKEN`. */
  editUrl: string;
}

export { ProgressFieldsSchema, type ProgressFields } from "@/lib/domain/features/followup/schemas";

export interface PublicWorkshopInfo {
  code: string;
  title: string;
  teams: { id: string; name: string }[];
  phase: { id: string; kind: PhaseKind; title: string };
  joinUrl: string;
  /** The facilitator's default: a phone opens the join form in it unless its person chose another. */
  language: Language;
}

export interface Health {
  ok: boolean;
  /** "postgres" when several servers share one database (DATABASE_URL). */
  store: "sqlite" | "postgres";
  uptimeSeconds: number;
}

const Params = z.record(z.string().max(64), z.union([z.string().max(2000), z.number()]));

/**
 * Every error body of the API has this shape: `message` in English, and the `reason` (with its
 * `params`) a page words in its own language.
 */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string().max(64),
    message: z.string().max(4000),
    reason: z.string().max(64).optional(),
    params: Params.optional(),
    issues: z
      .array(
        z.object({
          path: z.string().max(500),
          message: z.string().max(4000),
          reason: z.string().max(64).optional(),
          params: Params.optional(),
        }),
      )
      .max(50)
      .optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** One agenda to start from, as `GET /api/templates` lists it: in the language asked for. */
export const TemplateSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  /** How many phases its agenda has, the lobby included. */
  phases: z.number().int(),
  /** The teams a workshop from it starts with, in that language. */
  teams: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

/** The answer to `GET /api/templates[?lang=]`. */
export const TemplateListSchema = z.object({
  language: z.enum(LANGUAGES),
  templates: z.array(TemplateSummarySchema),
});
export type TemplateList = z.infer<typeof TemplateListSchema>;

/** A saved agenda file (`GET /api/workshops/:code/agenda-template`), checked as a whole before a workshop starts from it. */
export { TemplateSchema, type Template } from "@/lib/domain/templates/schema";
