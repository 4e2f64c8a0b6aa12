import { z } from "zod";
import { LIMITS } from "../../limits";
import { Id, text } from "../../schemas";

export const brainstormCommands = [
  z.object({ type: z.literal("group.create"), phaseId: Id, title: text(LIMITS.columnLabel) }),
  z.object({ type: z.literal("group.rename"), groupId: Id, title: text(LIMITS.columnLabel) }),
  /** "Move to group" on a phone, a drop on a desktop; `null` takes the idea out of its group. */
  z.object({ type: z.literal("card.group"), cardId: Id, groupId: Id.nullable() }),
  z.object({ type: z.literal("dot.add"), phaseId: Id, cardId: Id }),
  z.object({ type: z.literal("dot.remove"), phaseId: Id, cardId: Id }),
  /** Facilitator: ends the vote and shows the tallies to everyone. */
  z.object({ type: z.literal("vote.close"), phaseId: Id }),
] as const;

export const brainstormEvents = [
  z.object({ type: z.literal("group.created"), groupId: Id, phaseId: Id, title: text(LIMITS.columnLabel) }),
  z.object({ type: z.literal("group.renamed"), groupId: Id, title: text(LIMITS.columnLabel) }),
  z.object({ type: z.literal("card.grouped"), cardId: Id, groupId: Id.nullable() }),
  /** Blind: only the voter receives it until the vote closes. */
  z.object({ type: z.literal("dot.added"), phaseId: Id, cardId: Id, participantId: Id }),
  z.object({ type: z.literal("dot.removed"), phaseId: Id, cardId: Id, participantId: Id }),
  z.object({ type: z.literal("vote.closed"), phaseId: Id, tally: z.record(Id, z.number().int().nonnegative()) }),
] as const;
