import { z } from "zod";
import { Id } from "../../schemas";
import { CardSchema } from "../cards/cardSchema";

const SpotlightRefSchema = z.object({ kind: z.enum(["card", "belief", "agreement"]), id: Id });

/** The facilitator's controls, in every phase. */
export const controlCommands = [
  z.object({ type: z.literal("phase.goto"), phaseId: Id }),
  z.object({ type: z.literal("phase.lock"), phaseId: Id, locked: z.boolean() }),
  z.object({ type: z.literal("phase.reveal"), phaseId: Id }),
  /** Starts (or resumes) the current phase's timer; a duration restarts it from that length. */
  z.object({ type: z.literal("timer.start"), minutes: z.number().int().min(1).max(240).optional() }),
  z.object({ type: z.literal("timer.pause") }),
  z.object({ type: z.literal("timer.extend"), minutes: z.number().int().min(1).max(30) }),
  z.object({ type: z.literal("timer.reset") }),
  z.object({ type: z.literal("spotlight.set"), ref: SpotlightRefSchema.nullable() }),
  z.object({ type: z.literal("mirror.show"), phaseId: Id, teamId: Id }),
  z.object({ type: z.literal("workshop.end") }),
] as const;

export const controlEvents = [
  z.object({ type: z.literal("phase.changed"), phaseId: Id }),
  z.object({ type: z.literal("phase.locked"), phaseId: Id, locked: z.boolean() }),
  z.object({
    type: z.literal("phase.revealed"),
    phaseId: Id,
    /** Added for audiences that did not hold others' private cards: everything now visible. */
    cards: z.array(CardSchema).optional(),
  }),
  z.object({ type: z.literal("timer.started"), phaseId: Id, durationMs: z.number().int().positive(), remainingMs: z.number().int().nonnegative() }),
  z.object({ type: z.literal("timer.paused"), remainingMs: z.number().int().nonnegative() }),
  z.object({ type: z.literal("timer.extended"), addMs: z.number().int().positive() }),
  z.object({ type: z.literal("timer.reset") }),
  z.object({ type: z.literal("spotlight.changed"), ref: SpotlightRefSchema.nullable() }),
  z.object({ type: z.literal("mirror.shown"), phaseId: Id, teamId: Id }),
  z.object({ type: z.literal("workshop.ended") }),
] as const;
