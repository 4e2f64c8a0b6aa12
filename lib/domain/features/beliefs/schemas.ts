import { z } from "zod";
import { LIMITS } from "../../limits";
import { Id, text } from "../../schemas";

export const BeliefCauseSchema = z.enum(["unexplained", "not-consulted", "expertise-unused", "other"]);
export const BeliefVoteSchema = z.enum(["agree", "partly", "disagree"]);

export const beliefCommands = [
  z.object({
    type: z.literal("belief.add"),
    phaseId: Id,
    /** `null`: about everyone. */
    aboutTeamId: Id.nullable(),
    cause: BeliefCauseSchema,
    text: text(LIMITS.beliefText),
  }),
  /** A member of the team concerned says what is really behind it. */
  z.object({ type: z.literal("belief.reply"), beliefId: Id, text: text(LIMITS.replyText) }),
  z.object({ type: z.literal("belief.vote"), beliefId: Id, vote: BeliefVoteSchema }),
  z.object({ type: z.literal("belief.setHidden"), beliefId: Id, hidden: z.boolean() }),
] as const;

const BeliefSchema = z.object({
  id: Id,
  phaseId: Id,
  authorId: Id.nullable(),
  aboutTeamId: Id.nullable(),
  cause: BeliefCauseSchema,
  text: text(LIMITS.beliefText),
  replies: z.array(z.object({ id: Id, authorId: Id, teamId: Id, text: text(LIMITS.replyText), at: z.number() })),
  hidden: z.boolean(),
  seq: z.number().int().positive(),
});

export const beliefEvents = [
  z.object({
    type: z.literal("belief.added"),
    beliefId: Id,
    phaseId: Id,
    /** Beliefs are anonymous: `null` in every copy but the author's. */
    authorId: Id.nullable(),
    aboutTeamId: Id.nullable(),
    cause: BeliefCauseSchema,
    text: text(LIMITS.beliefText),
  }),
  z.object({ type: z.literal("belief.replied"), beliefId: Id, replyId: Id, authorId: Id, teamId: Id, text: text(LIMITS.replyText) }),
  z.object({
    type: z.literal("belief.voted"),
    beliefId: Id,
    /** `null` in every copy but the voter's: the split by team is public, a person's vote is not. */
    participantId: Id.nullable(),
    teamId: Id,
    vote: BeliefVoteSchema,
    previous: BeliefVoteSchema.nullable(),
    /** The team the previous vote was counted for, when the voter has moved since; else `teamId`. */
    previousTeamId: Id.optional(),
  }),
  z.object({ type: z.literal("belief.hidden"), beliefId: Id }),
  /** What everyone but the moderators receives for `belief.hidden`: the belief is gone for them. */
  z.object({ type: z.literal("belief.withdrawn"), beliefId: Id }),
  z.object({ type: z.literal("belief.unhidden"), beliefId: Id, belief: BeliefSchema.optional() }),
] as const;
