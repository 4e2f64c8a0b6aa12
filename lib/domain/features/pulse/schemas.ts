import { z } from "zod";
import { Id } from "../../schemas";

const Score = z.number().int().min(1).max(5);

export const pulseCommands = [
  z.object({ type: z.literal("pulse.answer"), phaseId: Id, questionId: Id, value: Score }),
] as const;

export const pulseEvents = [
  z.object({
    type: z.literal("pulse.answered"),
    phaseId: Id,
    questionId: Id,
    /** `null` in every copy but the one who answered: tallies are public, answers are not. */
    participantId: Id.nullable(),
    teamId: Id,
    value: Score,
    /** The answer it replaces, so every copy can keep its tallies right. */
    previous: Score.nullable(),
    /** The team the previous answer was counted for, when the person has moved since; else `teamId`. */
    previousTeamId: Id.optional(),
  }),
] as const;
