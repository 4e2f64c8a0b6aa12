import { z } from "zod";
import { FIELD_PROBLEMS, problem } from "./issues";
import { agendaCommands } from "./features/agenda/schemas";
import { agreementCommands } from "./features/agreements/schemas";
import { beliefCommands } from "./features/beliefs/schemas";
import { brainstormCommands } from "./features/brainstorm/schemas";
import { cardCommands } from "./features/cards/schemas";
import { catchUpCommands } from "./features/catchup/schemas";
import { cofacilitatorCommands } from "./features/cofacilitators/schemas";
import { followUpCommands } from "./features/followup/schemas";
import { controlCommands } from "./features/controls/schemas";
import { participantCommands } from "./features/participants/schemas";
import { pulseCommands } from "./features/pulse/schemas";
import { LanguageSchema, languageCommands } from "./features/language/schemas";
import { LIMITS } from "./limits";
import { text } from "./schemas";
import { TemplateSchema, templateById } from "./templates";

/** Everything a client may ask of a workshop. Each feature owns its commands; types are inferred. */
export const CommandSchema = z.discriminatedUnion("type", [
  ...participantCommands,
  ...controlCommands,
  ...cardCommands,
  ...brainstormCommands,
  ...pulseCommands,
  ...beliefCommands,
  ...agreementCommands,
  ...cofacilitatorCommands,
  ...followUpCommands,
  ...agendaCommands,
  ...catchUpCommands,
  ...languageCommands,
]);

/** A command as it is sent (defaults not yet filled in). */
export type CommandInput = z.input<typeof CommandSchema>;
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command["type"];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * A command that has been through `CommandSchema`, the same parse with a name for its result:
 * only a parse makes one. A socket's payload is parsed once, at the boundary, and its room takes
 * the command as it is; a command made anywhere else (an HTTP route builds one from its URL) goes
 * through the room's `execute`, which parses it first. Parsing each card twice was a tenth of
 * what a card allocated on its way through the room (1.0 of 9.9 KB).
 */
export const CheckedCommandSchema = CommandSchema.brand<"CheckedCommand">();
export type CheckedCommand = z.infer<typeof CheckedCommandSchema>;

/** What `workshop.create` takes (over HTTP: a workshop does not exist before it). */
export const CreateWorkshopSchema = z.object({
  title: text(LIMITS.title),
  teams: z
    .array(text(LIMITS.teamName))
    .min(LIMITS.teams.min, `needs at least ${LIMITS.teams.min} teams`)
    .max(LIMITS.teams.max, `takes at most ${LIMITS.teams.max} teams`)
    .refine((names) => new Set(names.map((n) => n.toLocaleLowerCase())).size === names.length, {
      message: FIELD_PROBLEMS.teamNamesDiffer,
      ...problem("teamNamesDiffer"),
    }),
  /** One of Onside's templates by id (GET /api/templates); without one, the default day. */
  template: z
    .string()
    .max(LIMITS.id)
    .refine((id) => templateById(id) !== undefined, "is not one of the templates")
    .optional(),
  /**
   * The workshop's language: its template's texts and everyone's default. Without one, the server
   * takes the creator's browser language (Accept-Language).
   */
  language: LanguageSchema.optional(),
  /** A saved template file, checked as a whole. */
  agenda: TemplateSchema.optional(),
}).refine((input) => !(input.template && input.agenda), { message: "give a template or an agenda, not both", path: ["agenda"] });
export type CreateWorkshop = z.infer<typeof CreateWorkshopSchema>;
