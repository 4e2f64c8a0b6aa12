import { z } from "zod";
import { LIMITS } from "../../limits";
import { Id, text } from "../../schemas";
import { CardSchema } from "./cardSchema";

export { CardSchema };

export const cardCommands = [
  z.object({
    type: z.literal("card.add"),
    phaseId: Id,
    text: text(LIMITS.cardText),
    column: Id.nullable().default(null),
    /** Perspective phases: the team written about (the assigned one, or one's own). */
    aboutTeamId: Id.nullable().default(null),
  }),
  /** The author, or the facilitator moderating. */
  z.object({ type: z.literal("card.edit"), cardId: Id, text: text(LIMITS.cardText) }),
  z.object({ type: z.literal("card.delete"), cardId: Id }),
  z.object({ type: z.literal("card.setHidden"), cardId: Id, hidden: z.boolean() }),
  /** Facilitator: a duplicate folds into another card. */
  z.object({ type: z.literal("card.merge"), cardId: Id, intoCardId: Id }),
  /** Mirror reactions; `null` takes one's reaction back. */
  z.object({ type: z.literal("card.react"), cardId: Id, reaction: z.enum(["recognised", "surprised"]).nullable() }),
] as const;

export const cardEvents = [
  z.object({
    type: z.literal("card.added"),
    cardId: Id,
    phaseId: Id,
    /** `null` in copies for anyone but the author when the card is anonymous. */
    authorId: Id.nullable(),
    teamId: Id,
    text: text(LIMITS.cardText),
    column: Id.nullable(),
    aboutTeamId: Id.nullable(),
    anonymous: z.boolean(),
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
  z.object({ type: z.literal("card.merged"), cardId: Id, intoCardId: Id }),
  z.object({
    type: z.literal("card.reacted"),
    cardId: Id,
    participantId: Id,
    reaction: z.enum(["recognised", "surprised"]).nullable(),
  }),
] as const;
