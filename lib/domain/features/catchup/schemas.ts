import { z } from "zod";
import { LIMITS } from "../../limits";
import { Id, TokenHash, text } from "../../schemas";
import { BeliefCauseSchema, BeliefVoteSchema } from "../beliefs/schemas";

/** The phase kinds a catch-up can keep, walked in the room's order. */
export const CATCHUP_KINDS = ["pulse", "perspective", "mirror", "beliefs", "agreements"] as const;
export type CatchUpKind = (typeof CATCHUP_KINDS)[number];

export const CATCHUP_LIMITS = { concern: 300, cardsPerStep: 10, participants: 500, invitesPerTeam: 10 } as const;

/** What one step takes, by the kind of the phase it follows. Each step is submitted once. */
export const StepInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("pulse"), answers: z.record(Id, z.number().int().min(1).max(5)) }),
  z.object({
    kind: z.literal("perspective"),
    /** `other`: as the team they were given; `own`: how they see their own team. */
    cards: z
      .array(z.object({ about: z.enum(["other", "own"]), column: z.enum(["strengths", "challenges"]), text: text(LIMITS.cardText) }))
      .max(CATCHUP_LIMITS.cardsPerStep),
  }),
  /** Seen: the mirror is read, not written. */
  z.object({ kind: z.literal("mirror") }),
  z.object({
    kind: z.literal("beliefs"),
    votes: z.record(Id, BeliefVoteSchema),
    /** At most one of their own, anonymous like the room's. */
    belief: z.object({ aboutTeamId: Id.nullable(), cause: BeliefCauseSchema, text: text(LIMITS.beliefText) }).nullable().default(null),
  }),
  z.object({
    kind: z.literal("agreements"),
    /** Per agreement: "I'm in", or a concern the owner reads. */
    responses: z.record(
      Id,
      z.discriminatedUnion("answer", [
        z.object({ answer: z.literal("in") }),
        z.object({ answer: z.literal("concern"), text: text(CATCHUP_LIMITS.concern) }),
      ]),
    ),
  }),
]);
export type StepInput = z.infer<typeof StepInputSchema>;

const Deadline = z.number().int().positive();

export const catchUpCommands = [
  /** Without phases: every phase of a catch-up kind in the agenda. */
  z.object({ type: z.literal("catchup.open"), deadline: Deadline, phaseIds: z.array(Id).max(40).optional() }),
  z.object({ type: z.literal("catchup.extend"), deadline: Deadline }),
  z.object({ type: z.literal("catchup.close") }),
  /** Sent by the server's HTTP routes with a token it made: never by a client. */
  z.object({ type: z.literal("catchup.addInvite"), teamId: Id, tokenHash: TokenHash }),
  z.object({ type: z.literal("catchup.join"), name: text(LIMITS.participantName), tokenHash: TokenHash }),
  z.object({ type: z.literal("catchup.submit"), phaseId: Id, input: StepInputSchema }),
] as const;

export const catchUpEvents = [
  z.object({ type: z.literal("catchup.opened"), deadline: Deadline, phaseIds: z.array(Id) }),
  z.object({ type: z.literal("catchup.extended"), deadline: Deadline }),
  z.object({ type: z.literal("catchup.closed") }),
  /** The hashes are secrets: stripped from every copy that leaves the server. */
  z.object({ type: z.literal("catchup.inviteAdded"), teamId: Id, tokenHash: TokenHash.optional() }),
  z.object({
    type: z.literal("catchup.joined"),
    participantId: Id,
    name: text(LIMITS.participantName),
    teamId: Id,
    /** The team they write as in the perspective step. */
    writesAsTeamId: Id.nullable(),
    tokenHash: TokenHash.optional(),
  }),
  z.object({ type: z.literal("catchup.submitted"), participantId: Id, phaseId: Id, input: StepInputSchema }),
] as const;
