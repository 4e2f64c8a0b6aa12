import { z } from "zod";
import type { PhaseKind } from "@/lib/domain";

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

export interface PublicWorkshopInfo {
  code: string;
  title: string;
  teams: { id: string; name: string }[];
  phase: { id: string; kind: PhaseKind; title: string };
  joinUrl: string;
}

export interface Health {
  ok: boolean;
  store: "sqlite";
  uptimeSeconds: number;
}

/** Every error body of the API has this shape, so pages can show `message` as it is. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
