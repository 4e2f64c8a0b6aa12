import { z } from "zod";
import { LIMITS } from "../../limits";
import { Id } from "../../schemas";

const day = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what} must be a date (YYYY-MM-DD)`)
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), `${what} is not a real date`);

const required = (what: string, max: number) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, `${what} is missing`)
    .max(max, `${what} must be at most ${max} characters`);

/**
 * Everything an agreement needs, with messages that say exactly what is missing: this form is
 * filled in front of the room.
 */
export const AgreementFieldsSchema = z
  .object({
    what: required("What we will do", LIMITS.agreementWhat),
    ownerTeamId: Id,
    ownerName: required("The owner's name", LIMITS.personName),
    buddyTeamId: Id.nullable(),
    buddyName: z.string().trim().max(LIMITS.personName),
    dueDate: day("The due date"),
    reviewDate: day("The review date"),
    metric: z.object({
      name: required("The metric", LIMITS.metricText),
      baseline: required("The baseline", LIMITS.metricText),
      target: required("The target", LIMITS.metricText),
    }),
    legalCheck: z.object({ needed: z.boolean(), note: z.string().trim().max(LIMITS.legalNote) }),
  })
  .refine((a) => a.buddyTeamId === null || a.buddyTeamId !== a.ownerTeamId, {
    message: "The buddy comes from another team than the owner",
    path: ["buddyTeamId"],
  })
  .refine((a) => a.reviewDate >= a.dueDate, { message: "The review date is on or after the due date", path: ["reviewDate"] });

export type AgreementFields = z.infer<typeof AgreementFieldsSchema>;

export const agreementCommands = [
  z.object({ type: z.literal("agreement.create"), phaseId: Id, fromCardId: Id.nullable().default(null), fields: AgreementFieldsSchema }),
  z.object({ type: z.literal("agreement.update"), agreementId: Id, fields: AgreementFieldsSchema }),
  z.object({ type: z.literal("agreement.delete"), agreementId: Id }),
  /** "I'm in" (and out again). */
  z.object({ type: z.literal("agreement.endorse"), agreementId: Id, endorsed: z.boolean() }),
] as const;

export const agreementEvents = [
  z.object({
    type: z.literal("agreement.created"),
    agreementId: Id,
    phaseId: Id,
    kind: z.enum(["agreement", "carry-over"]),
    fromCardId: Id.nullable(),
    fields: AgreementFieldsSchema,
  }),
  z.object({ type: z.literal("agreement.updated"), agreementId: Id, fields: AgreementFieldsSchema }),
  z.object({ type: z.literal("agreement.deleted"), agreementId: Id }),
  z.object({ type: z.literal("agreement.endorsed"), agreementId: Id, participantId: Id, endorsed: z.boolean() }),
] as const;
