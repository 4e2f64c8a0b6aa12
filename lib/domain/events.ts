import { z } from "zod";
import { agendaEvents } from "./features/agenda/schemas";
import { agreementEvents } from "./features/agreements/schemas";
import { beliefEvents } from "./features/beliefs/schemas";
import { brainstormEvents } from "./features/brainstorm/schemas";
import { cardEvents } from "./features/cards/schemas";
import { catchUpEvents } from "./features/catchup/schemas";
import { cofacilitatorEvents } from "./features/cofacilitators/schemas";
import { followUpEvents } from "./features/followup/schemas";
import { controlEvents } from "./features/controls/schemas";
import { participantEvents } from "./features/participants/schemas";
import { perspectiveEvents } from "./features/perspective/schemas";
import { pulseEvents } from "./features/pulse/schemas";
import { LanguageSchema, languageEvents } from "./features/language/schemas";
import { LIMITS } from "./limits";
import { PhaseSchema } from "./phases";
import { TeamSchema, TokenHash, text } from "./schemas";

const coreEvents = [
  z.object({
    type: z.literal("workshop.created"),
    code: z.string(),
    title: text(LIMITS.title),
    teams: z.array(TeamSchema),
    agenda: z.array(PhaseSchema).min(1),
    /** The workshop's language; events from before languages existed have none and read as English. */
    language: LanguageSchema.optional(),
    /** Stripped from every copy that leaves the server. */
    facilitatorTokenHash: TokenHash.optional(),
  }),
  /**
   * What an audience gets in place of an event it may not see: the sequence number still
   * advances, so a client can tell a hidden event from a lost one.
   */
  z.object({ type: z.literal("redacted") }),
] as const;

/**
 * Events are facts, named in the past tense. They are parsed when read back from a store (a
 * corrupt log fails loudly for its workshop only) and when they arrive on a client.
 */
export const DomainEventSchema = z.discriminatedUnion("type", [
  ...coreEvents,
  ...participantEvents,
  ...controlEvents,
  ...cardEvents,
  ...perspectiveEvents,
  ...brainstormEvents,
  ...pulseEvents,
  ...beliefEvents,
  ...agreementEvents,
  ...cofacilitatorEvents,
  ...followUpEvents,
  ...agendaEvents,
  ...catchUpEvents,
  ...languageEvents,
]);

export type DomainEvent = z.infer<typeof DomainEventSchema>;
export type EventType = DomainEvent["type"];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

/** An event in the log, as every client sees it: numbered and timed. */
export const SeqEventSchema = z.object({
  seq: z.number().int().positive(),
  at: z.number(),
  event: DomainEventSchema,
});
export type SeqEvent = z.infer<typeof SeqEventSchema>;

/**
 * An event as the server stores it: who caused it and with which command id, so a retried
 * command is recognised after a restart too. Never sent to clients (it would name authors).
 */
export interface StoredEvent extends SeqEvent {
  actor: string;
  commandId: string | null;
  /** The id the command's answer named (what it made or changed), so a retry gets it back. */
  resultId: string | null;
}
