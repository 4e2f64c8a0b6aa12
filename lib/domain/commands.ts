import { z } from "zod";
import { LIMITS } from "./limits";
import { Id, text } from "./schemas";

/** Everything a client may ask of a workshop. Types are inferred from the schemas. */
export const CommandSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("participant.join"),
    name: text(LIMITS.participantName),
    teamId: Id,
  }),
  z.object({ type: z.literal("card.add"), phaseId: Id, text: text(LIMITS.cardText) }),
  z.object({ type: z.literal("card.edit"), cardId: Id, text: text(LIMITS.cardText) }),
  z.object({ type: z.literal("card.delete"), cardId: Id }),
  z.object({ type: z.literal("card.setHidden"), cardId: Id, hidden: z.boolean() }),
  z.object({ type: z.literal("phase.goto"), phaseId: Id }),
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command["type"];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** What `workshop.create` takes (over HTTP: a workshop does not exist before it). */
export const CreateWorkshopSchema = z.object({
  title: text(LIMITS.title),
  teams: z
    .array(text(LIMITS.teamName))
    .min(LIMITS.teams.min, `needs at least ${LIMITS.teams.min} teams`)
    .max(LIMITS.teams.max, `takes at most ${LIMITS.teams.max} teams`)
    .refine(
      (names) => new Set(names.map((n) => n.toLocaleLowerCase())).size === names.length,
      "team names must differ",
    ),
});
export type CreateWorkshop = z.infer<typeof CreateWorkshopSchema>;
