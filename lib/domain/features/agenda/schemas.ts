import { z } from "zod";
import { LIMITS } from "../../limits";
import { PhaseSchema } from "../../phases";
import { Id, TeamSchema, text } from "../../schemas";

/**
 * A phase as the facilitator drafts it: no id (the workshop gives one). Its options are checked
 * against the kind's own schema when the command is decided, so the answer can say what is wrong.
 */
const PhaseDraftSchema = z.object({
  kind: z.string().max(LIMITS.id),
  title: text(LIMITS.phaseTitle),
  prompt: z.string().max(LIMITS.phasePrompt),
  timeboxMinutes: z.number().int().min(1).max(240).nullable(),
  options: z.record(z.string(), z.unknown()),
});
export type PhaseDraft = z.infer<typeof PhaseDraftSchema>;

/** The facilitator adapts the day: before and during the workshop, phases and teams change. */
export const agendaCommands = [
  /** `afterPhaseId: null` puts the phase right after the lobby. */
  z.object({ type: z.literal("agenda.addPhase"), phase: PhaseDraftSchema, afterPhaseId: Id.nullable() }),
  z.object({ type: z.literal("agenda.removePhase"), phaseId: Id }),
  /** `toIndex` counts from the start of the agenda; the lobby (index 0) stays first. */
  z.object({ type: z.literal("agenda.movePhase"), phaseId: Id, toIndex: z.number().int().min(1) }),
  z.object({
    type: z.literal("agenda.updatePhase"),
    phaseId: Id,
    title: text(LIMITS.phaseTitle).optional(),
    prompt: z.string().max(LIMITS.phasePrompt).optional(),
    timeboxMinutes: z.number().int().min(1).max(240).nullable().optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({ type: z.literal("team.add"), name: text(LIMITS.teamName) }),
  z.object({ type: z.literal("team.rename"), teamId: Id, name: text(LIMITS.teamName) }),
  /** Only a team nobody has joined and nothing refers to: a team once used stays (rename it instead). */
  z.object({ type: z.literal("team.remove"), teamId: Id }),
] as const;

export const agendaEvents = [
  z.object({ type: z.literal("agenda.phaseAdded"), phase: PhaseSchema, afterPhaseId: Id }),
  z.object({ type: z.literal("agenda.phaseRemoved"), phaseId: Id }),
  z.object({ type: z.literal("agenda.phaseMoved"), phaseId: Id, toIndex: z.number().int().min(1) }),
  /** The phase as it is after the change: one shape whatever was edited. */
  z.object({ type: z.literal("agenda.phaseUpdated"), phase: PhaseSchema }),
  z.object({ type: z.literal("team.added"), team: TeamSchema }),
  z.object({ type: z.literal("team.renamed"), teamId: Id, name: text(LIMITS.teamName) }),
  z.object({ type: z.literal("team.removed"), teamId: Id }),
] as const;
