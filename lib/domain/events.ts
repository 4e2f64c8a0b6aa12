import { z } from "zod";
import { LIMITS } from "./limits";
import { Id, PhaseSchema, TeamSchema, TokenHash, text } from "./schemas";

/**
 * Events are facts, named in the past tense. They are parsed when read back from a store (a
 * corrupt log fails loudly for its workshop only) and when they arrive on a client.
 */
const CardSchema = z.object({
  id: Id,
  phaseId: Id,
  authorId: Id,
  teamId: Id,
  text: text(LIMITS.cardText),
  createdAt: z.number(),
  editedAt: z.number().nullable(),
  hidden: z.boolean(),
  seq: z.number().int().positive(),
});

export const DomainEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("workshop.created"),
    code: z.string(),
    title: text(LIMITS.title),
    teams: z.array(TeamSchema),
    agenda: z.array(PhaseSchema).min(1),
    /** Stripped from every copy that leaves the server. */
    facilitatorTokenHash: TokenHash.optional(),
  }),
  z.object({
    type: z.literal("participant.joined"),
    participantId: Id,
    name: text(LIMITS.participantName),
    teamId: Id,
    /** Stripped from every copy that leaves the server. */
    tokenHash: TokenHash.optional(),
  }),
  z.object({
    type: z.literal("card.added"),
    cardId: Id,
    phaseId: Id,
    authorId: Id,
    teamId: Id,
    text: text(LIMITS.cardText),
  }),
  z.object({ type: z.literal("card.edited"), cardId: Id, text: text(LIMITS.cardText) }),
  z.object({ type: z.literal("card.deleted"), cardId: Id }),
  z.object({ type: z.literal("card.hidden"), cardId: Id }),
  z.object({
    type: z.literal("card.unhidden"),
    cardId: Id,
    /** Added for audiences that never held the card while it was hidden. */
    card: CardSchema.optional(),
  }),
  z.object({ type: z.literal("phase.changed"), phaseId: Id }),
  /**
   * What an audience gets in place of an event it may not see: the sequence number still
   * advances, so a client can tell a hidden event from a lost one.
   */
  z.object({ type: z.literal("redacted") }),
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
}
