import { z } from "zod";
import { LIMITS } from "../../limits";
import { Id } from "../../schemas";
import { FIELD_PROBLEMS, problem, says, type FieldLabel } from "../../issues";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Date.parse rolls "2025-02-30" over to March; only a round trip proves the day exists. */
const realDay = (d: string) => {
  const time = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
};

const day = (field: FieldLabel) =>
  z
    .string({ error: says("missing", field) })
    .min(1, { error: says("missing", field), abort: true })
    .refine((d) => DAY.test(d), { error: says("notDate", field), abort: true, ...problem("notDate") })
    .refine(realDay, { error: says("notRealDate", field), ...problem("notRealDate") });

/** A team picked from a list: an empty pick is a missing field, not a malformed id. */
const team = (field: FieldLabel) =>
  z
    .string({ error: says("missing", field) })
    .min(1, { error: says("missing", field), abort: true })
    .max(LIMITS.id)
    .refine((id) => /^[A-Za-z0-9_-]+$/.test(id), { error: says("notTeam", field), ...problem("notTeam") });

const required = (field: FieldLabel, max: number) =>
  z
    .string({ error: says("missing", field) })
    .trim()
    .min(1, says("missing", field))
    .max(max, says("tooLong", field, { max }));

const optional = (field: FieldLabel, max: number) => z.string().trim().max(max, says("tooLong", field, { max }));

/**
 * Everything an agreement needs, with messages that say exactly what is missing: this form is
 * filled in front of the room.
 */
export const AgreementFieldsSchema = z
  .object({
    what: required("what", LIMITS.agreementWhat),
    ownerTeamId: team("ownerTeamId"),
    ownerName: required("ownerName", LIMITS.personName),
    buddyTeamId: team("buddyTeamId").nullable(),
    buddyName: optional("buddyName", LIMITS.personName),
    dueDate: day("dueDate"),
    reviewDate: day("reviewDate"),
    metric: z.object({
      name: required("metric.name", LIMITS.metricText),
      baseline: required("metric.baseline", LIMITS.metricText),
      target: required("metric.target", LIMITS.metricText),
    }),
    legalCheck: z.object({
      needed: z.boolean({ error: says("missing", "legalCheck.needed") }),
      note: optional("legalCheck.note", LIMITS.legalNote),
    }),
  })
  .refine((a) => a.buddyTeamId === null || a.buddyTeamId !== a.ownerTeamId, {
    message: FIELD_PROBLEMS.buddySameTeam,
    path: ["buddyTeamId"],
    ...problem("buddySameTeam"),
  })
  // A buddy is a person in a team: half of one cannot be called.
  .refine((a) => a.buddyName === "" || a.buddyTeamId !== null, { message: says("missing", "buddyTeamId"), path: ["buddyTeamId"], ...problem("missing") })
  .refine((a) => a.buddyTeamId === null || a.buddyName !== "", { message: says("missing", "buddyName"), path: ["buddyName"], ...problem("missing") })
  // Only two real dates can be compared; a malformed one already has its own message.
  .refine((a) => !realDay(a.dueDate) || !realDay(a.reviewDate) || a.reviewDate >= a.dueDate, {
    message: FIELD_PROBLEMS.reviewBeforeDue,
    path: ["reviewDate"],
    ...problem("reviewBeforeDue"),
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
