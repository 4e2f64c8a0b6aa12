/**
 * A template's words in one language, keyed by the ids of its phases, columns and questions. The
 * ids, kinds and options live once, in the English template: every language runs the same day.
 */
export interface TemplateTexts {
  title: string;
  description: string;
  /** The teams a new workshop from this template starts with (the facilitator changes them). */
  teams: readonly string[];
  phases: Readonly<Record<string, { title: string; prompt: string }>>;
  columns: Readonly<Record<string, string>>;
  questions: Readonly<Record<string, string>>;
}
