import { z } from "zod";
import { LIMITS } from "./limits";
import { Id, text } from "./schemas";

/**
 * Phase kinds are the building blocks of an agenda. Each has its own options; the default agenda
 * (agenda.ts) composes them into "In each other's shoes".
 */
const base = {
  id: Id,
  title: text(LIMITS.phaseTitle),
  prompt: z.string().max(LIMITS.phasePrompt),
  /** The planned length, offered when the facilitator starts the timer. */
  timeboxMinutes: z.number().int().min(1).max(240).nullable(),
};

const Column = z.object({ id: Id, label: text(LIMITS.columnLabel) });
const Question = z.object({ id: Id, text: text(LIMITS.questionText) });

export const PhaseSchema = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("lobby"), options: z.object({}) }),
  z.object({ ...base, kind: z.literal("info"), options: z.object({}) }),
  z.object({
    ...base,
    kind: z.literal("pulse"),
    options: z.object({
      questions: z.array(Question).min(1).max(5),
      /** A check-out names its check-in: same questions, so the shift can be shown. */
      pairedWith: Id.nullable(),
    }),
  }),
  z.object({
    ...base,
    kind: z.literal("cards"),
    options: z.object({
      columns: z.array(Column).max(6),
      /** Others' cards stay on the server until the facilitator reveals them. */
      private: z.boolean(),
      /** The author is never sent to anyone but the author. */
      anonymous: z.boolean(),
    }),
  }),
  z.object({ ...base, kind: z.literal("perspective"), options: z.object({ private: z.boolean(), anonymous: z.boolean() }) }),
  z.object({ ...base, kind: z.literal("mirror"), options: z.object({ sourcePhaseId: Id }) }),
  z.object({ ...base, kind: z.literal("beliefs"), options: z.object({}) }),
  z.object({ ...base, kind: z.literal("strengths"), options: z.object({ sourcePhaseId: Id }) }),
  z.object({ ...base, kind: z.literal("brainstorm"), options: z.object({ budget: z.number().int().min(1).max(20) }) }),
  z.object({ ...base, kind: z.literal("agreements"), options: z.object({ sourcePhaseId: Id.nullable() }) }),
  z.object({ ...base, kind: z.literal("carry-over"), options: z.object({}) }),
]);

export type Phase = z.infer<typeof PhaseSchema>;
export type PhaseKind = Phase["kind"];
export type PhaseOf<K extends PhaseKind> = Extract<Phase, { kind: K }>;
export type PhaseOptions<K extends PhaseKind> = PhaseOf<K>["options"];

/** The columns of perspective phases: the same two for the others' view and the self-view. */
export const PERSPECTIVE_COLUMNS = [
  { id: "strengths", label: "Strengths" },
  { id: "challenges", label: "Challenges" },
] as const;
