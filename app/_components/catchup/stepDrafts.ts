import { z } from "zod";
import type { BeliefCause, BeliefVote } from "@/lib/domain";
import { BeliefCauseSchema, BeliefVoteSchema } from "@/lib/domain/features/beliefs/schemas";
import { CATCHUP_LIMITS } from "@/lib/domain/features/catchup/schemas";
import { LIMITS } from "@/lib/domain/limits";

/**
 * What a catch-up step holds before it is sent, kept on the phone per link and step so a reload
 * or a week's pause does not lose it. What is read back is checked, and keeps only what the step
 * still shows: a vote on a belief that is gone would make the whole step refused.
 */

/** Per catch-up link (the invite in the address) and step; useDraft adds its own prefix. */
export const stepDraftKey = (invite: string, phaseId: string) => `catchup:${invite}:${phaseId}`;

/** The entries of a stored record that the step asks about and that still fit. */
function entries<V>(stored: unknown, ids: readonly string[], entry: z.ZodType<V>): Record<string, V> {
  const out: Record<string, V> = {};
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return out;
  for (const id of ids) {
    if (!Object.hasOwn(stored, id)) continue;
    const parsed = entry.safeParse((stored as Record<string, unknown>)[id]);
    if (parsed.success) out[id] = parsed.data;
  }
  return out;
}

const field = (stored: unknown, name: string): unknown =>
  typeof stored === "object" && stored !== null && Object.hasOwn(stored, name) ? (stored as Record<string, unknown>)[name] : undefined;

const typed = (value: unknown, max: number) => (typeof value === "string" ? value.slice(0, max) : "");

export type PulseDraft = Record<string, number>;

export const restorePulse = (stored: unknown, questionIds: readonly string[]): PulseDraft =>
  entries(stored, questionIds, z.number().int().min(1).max(5));

export type DraftCard = { about: "other" | "own"; column: "strengths" | "challenges"; text: string };
export type CardBox = `${DraftCard["about"]}:${DraftCard["column"]}`;
/** The cards added so far, and what is typed in each box but not added yet. */
export type PerspectiveDraft = { cards: DraftCard[]; typing: Partial<Record<CardBox, string>> };

export const CARD_BOXES: readonly CardBox[] = ["other:strengths", "other:challenges", "own:strengths", "own:challenges"];
export const emptyPerspective: PerspectiveDraft = { cards: [], typing: {} };

const CardSchema = z.object({ about: z.enum(["other", "own"]), column: z.enum(["strengths", "challenges"]), text: z.string().trim().min(1).max(LIMITS.cardText) });

export function restorePerspective(stored: unknown): PerspectiveDraft {
  const cards = field(stored, "cards");
  const typing = entries(field(stored, "typing"), CARD_BOXES, z.string().max(LIMITS.cardText));
  return {
    cards: (Array.isArray(cards) ? cards : []).flatMap((c) => {
      const parsed = CardSchema.safeParse(c);
      return parsed.success ? [parsed.data] : [];
    }),
    typing,
  };
}

/** Votes on the room's beliefs, and the one anonymous belief of their own being written. */
export type BeliefsDraft = { votes: Record<string, BeliefVote>; text: string; about: string; cause: BeliefCause };

export const emptyBeliefs: BeliefsDraft = { votes: {}, text: "", about: "", cause: "other" };

export function restoreBeliefs(stored: unknown, beliefIds: readonly string[], teamIds: readonly string[]): BeliefsDraft {
  const about = field(stored, "about");
  const cause = BeliefCauseSchema.safeParse(field(stored, "cause"));
  return {
    votes: entries(field(stored, "votes"), beliefIds, BeliefVoteSchema),
    text: typed(field(stored, "text"), LIMITS.beliefText),
    about: typeof about === "string" && teamIds.includes(about) ? about : "",
    cause: cause.success ? cause.data : emptyBeliefs.cause,
  };
}

export type AgreementAnswer = { answer: "in" } | { answer: "concern"; text: string };
export type AgreementsDraft = Record<string, AgreementAnswer>;

const AnswerSchema = z.discriminatedUnion("answer", [
  z.object({ answer: z.literal("in") }),
  z.object({ answer: z.literal("concern"), text: z.string().max(CATCHUP_LIMITS.concern) }),
]);

export const restoreAgreements = (stored: unknown, agreementIds: readonly string[]): AgreementsDraft =>
  entries(stored, agreementIds, AnswerSchema);

/** The cards added, and what is still typed in a box: sending means sending what is on the screen. */
export function cardsToSend(draft: PerspectiveDraft): DraftCard[] {
  const typed = Object.entries(draft.typing).flatMap(([box, text]) => {
    const [about, column] = box.split(":") as [DraftCard["about"], DraftCard["column"]];
    return text?.trim() ? [{ about, column, text: text.trim() }] : [];
  });
  return [...draft.cards, ...typed];
}
