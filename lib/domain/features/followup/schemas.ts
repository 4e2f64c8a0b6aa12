import { z } from "zod";
import { says } from "../../issues";
import { LIMITS } from "../../limits";
import { Id, TokenHash } from "../../schemas";
import { AgreementFieldsSchema } from "../agreements/schemas";

export const AGREEMENT_STATUSES = ["not-started", "on-track", "at-risk", "done"] as const;
export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES, { error: "The status must be not started, on track, at risk or done" });

/** What a follow-up update says: where the agreement stands and what was measured. */
export const ProgressFieldsSchema = z.object({
  status: AgreementStatusSchema,
  measured: z.string().trim().max(LIMITS.metricText, says("tooLong", "measured", { max: LIMITS.metricText })),
  note: z.string().trim().max(LIMITS.progressNote, says("tooLong", "note", { max: LIMITS.progressNote })).default(""),
});
export type ProgressFields = z.infer<typeof ProgressFieldsSchema>;

export const followUpCommands = [
  z.object({ type: z.literal("agreement.progress"), agreementId: Id, ...ProgressFieldsSchema.shape }),
  /** Sent by the server's HTTP routes on the facilitator's behalf with a token it made: never by a client. */
  z.object({ type: z.literal("share.add"), tokenHash: TokenHash }),
  z.object({ type: z.literal("agreement.addEditLink"), agreementId: Id, tokenHash: TokenHash }),
] as const;

export const followUpEvents = [
  z.object({
    type: z.literal("agreement.progressed"),
    agreementId: Id,
    status: AgreementStatusSchema,
    measured: z.string(),
    note: z.string(),
    by: z.enum(["facilitator", "owner"]),
  }),
  /** The hashes are secrets: stripped from every copy that leaves the server. */
  z.object({ type: z.literal("share.added"), tokenHash: TokenHash.optional() }),
  z.object({ type: z.literal("agreement.editLinkAdded"), agreementId: Id, tokenHash: TokenHash.optional() }),
  /** An agreement of an earlier workshop, brought in for review when a follow-up workshop is imported. */
  z.object({
    type: z.literal("agreement.carried"),
    agreementId: Id,
    phaseId: Id,
    kind: z.enum(["agreement", "carry-over"]),
    fields: AgreementFieldsSchema,
    status: AgreementStatusSchema,
    measured: z.string(),
    from: z.object({ code: z.string().max(LIMITS.id), title: z.string().max(LIMITS.title) }),
  }),
] as const;
