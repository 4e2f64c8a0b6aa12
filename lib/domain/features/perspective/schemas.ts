import { z } from "zod";
import { Id } from "../../schemas";

/** Assignments are made by the server (on opening a perspective phase, and for late joiners). */
export const perspectiveCommands = [] as const;

export const perspectiveEvents = [
  z.object({
    type: z.literal("perspective.assigned"),
    phaseId: Id,
    /** participantId → the team they write as. */
    assignments: z.record(Id, Id),
  }),
] as const;
