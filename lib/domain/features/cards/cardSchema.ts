import { z } from "zod";
import { LIMITS } from "../../limits";
import { Id, text } from "../../schemas";

/** A card as it travels inside other events (an unhide, a reveal). */
export const CardSchema = z.object({
  id: Id,
  phaseId: Id,
  authorId: Id.nullable(),
  teamId: Id,
  text: text(LIMITS.cardText),
  column: Id.nullable(),
  aboutTeamId: Id.nullable(),
  groupId: Id.nullable(),
  anonymous: z.boolean(),
  createdAt: z.number(),
  editedAt: z.number().nullable(),
  hidden: z.boolean(),
  mergedInto: Id.nullable(),
  seq: z.number().int().positive(),
});
