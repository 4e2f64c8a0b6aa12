import { z } from "zod";
import { LIMITS } from "../../limits";
import { Id, TokenHash, text } from "../../schemas";

export const participantCommands = [
  z.object({ type: z.literal("participant.join"), name: text(LIMITS.participantName), teamId: Id }),
  /** Facilitator: someone picked the wrong team. */
  z.object({ type: z.literal("participant.move"), participantId: Id, teamId: Id }),
  /** Facilitator: someone who should not be here; their phone is signed out. */
  z.object({ type: z.literal("participant.remove"), participantId: Id }),
  /** "I'm done" for a phase (and undone). */
  z.object({ type: z.literal("participant.done"), phaseId: Id, done: z.boolean() }),
] as const;

export const participantEvents = [
  z.object({
    type: z.literal("participant.joined"),
    participantId: Id,
    name: text(LIMITS.participantName),
    teamId: Id,
    /** Stripped from every copy that leaves the server. */
    tokenHash: TokenHash.optional(),
  }),
  z.object({ type: z.literal("participant.moved"), participantId: Id, teamId: Id }),
  z.object({ type: z.literal("participant.removed"), participantId: Id }),
  z.object({ type: z.literal("participant.doneChanged"), phaseId: Id, participantId: Id, done: z.boolean() }),
] as const;
