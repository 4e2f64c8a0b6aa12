import { z } from "zod";
import { LIMITS } from "../../limits";
import { Id } from "../../schemas";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Date.parse rolls "2025-02-30" over to March; only a round trip proves the day exists. */
const realDay = (d: string) => {
  const time = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
};

const day = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .min(1, { error: `${what} is missing`, abort: true })
    .regex(DAY, { error: `${what} must be a date (YYYY-MM-DD)`, abort: true })
    .refine(realDay, `${what} is not a real date`);

/** A team picked from a list: an empty pick is a missing field, not a malformed id. */
const team = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .min(1, { error: `${what} is missing`, abort: true })
    .max(LIMITS.id)
    .regex(/^[A-Za-z0-9_-]+$/, `${what} is not a team of this workshop`);

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
    ownerTeamId: team("The owner's team"),
    ownerName: required("The owner's name", LIMITS.personName),
    buddyTeamId: team("The buddy's team").nullable(),
    buddyName: z.string().trim().max(LIMITS.personName, `The buddy's name must be at most ${LIMITS.personName} characters`),
    dueDate: day("The due date"),
    reviewDate: day("The review date"),
    metric: z.object({
      name: required("The metric", LIMITS.metricText),
      baseline: required("The baseline", LIMITS.metricText),
      target: required("The target", LIMITS.metricText),
    }),
    legalCheck: z.object({
      needed: z.boolean({ error: "Whether a legal or audit check is needed is missing" }),
      note: z.string().trim().max(LIMITS.legalNote, `The note on the legal check must be at most ${LIMITS.legalNote} characters`),
    }),
  })
  .refine((a) => a.buddyTeamId === null || a.buddyTeamId !== a.ownerTeamId, {
    message: "The buddy must come from another team than the owner",
    path: ["buddyTeamId"],
  })
  // A buddy is a person in a team: half of one cannot be called.
  .refine((a) => a.buddyName === "" || a.buddyTeamId !== null, { message: "The buddy's team is missing", path: ["buddyTeamId"] })
  .refine((a) => a.buddyTeamId === null || a.buddyName !== "", { message: "The buddy's name is missing", path: ["buddyName"] })
  // Only two real dates can be compared; a malformed one already has its own message.
  .refine((a) => !realDay(a.dueDate) || !realDay(a.reviewDate) || a.reviewDate >= a.dueDate, {
    message: "The review date must be on or after the due date",
    path: ["reviewDate"],
  });

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
