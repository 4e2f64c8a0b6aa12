import type { z } from "zod";
import { fill, REFUSALS, type ReasonParams } from "./reasons";

/**
 * What is wrong with one field of a form or a command, in English, by reason. Like a refusal, a
 * field's problem travels as its reason and parameters, so the form shows it in the phone's
 * language; `{field}` is one of FIELD_LABELS' keys, which the phone words in its language too.
 */
export const FIELD_PROBLEMS = {
  missing: "{field} is missing",
  tooLong: "{field} must be at most {max} characters",
  notDate: "{field} must be a date (YYYY-MM-DD)",
  notRealDate: "{field} is not a real date",
  notTeam: "{field} is not a team of this workshop",
  buddySameTeam: "The buddy must come from another team than the owner",
  reviewBeforeDue: "The review date must be on or after the due date",
  legalUnanswered: "Say whether a legal or audit check is needed",
  // A field without a label of its own (the wire names it by its path)
  empty: "must not be empty",
  tooLongText: "must be at most {max} characters",
  teamNamesDiffer: "team names must differ",
};

/** The fields a person fills in by hand, by their path in a schema, as `{field}` names them. */
export const FIELD_LABELS = {
  what: "What we will do",
  ownerTeamId: "The owner's team",
  ownerName: "The owner's name",
  buddyTeamId: "The buddy's team",
  buddyName: "The buddy's name",
  dueDate: "The due date",
  reviewDate: "The review date",
  "metric.name": "The metric",
  "metric.baseline": "The baseline",
  "metric.target": "The target",
  "legalCheck.needed": "Whether a legal or audit check is needed",
  "legalCheck.note": "The note on the legal check",
  measured: "The measured value",
  note: "The note",
};

export type FieldProblem = keyof typeof FIELD_PROBLEMS;
export type FieldLabel = keyof typeof FIELD_LABELS;

/** A field's problem in English, as a schema words it for zod (`issueOf` finds its reason). */
export const says = (reason: FieldProblem, field: FieldLabel, params: Record<string, number> = {}) =>
  fill(FIELD_PROBLEMS[reason], { field: FIELD_LABELS[field], ...params });

/** One thing wrong with the input, as the protocol carries it. */
export interface InputIssue {
  path: string;
  /** In English, as the schema words it. */
  message: string;
  /**
   * One of FIELD_PROBLEMS' keys, or a refusal's for a rule across fields (kept a string: a page
   * may meet a newer server's reason).
   */
  reason?: string;
  params?: ReasonParams;
}

/** A schema's own check names its reason in zod's `params` (see `problem`). */
export const problem = (reason: FieldProblem) => ({ params: { reason } });

const labelled = (path: string): FieldLabel | undefined => {
  // Commands carry the agreement form under "fields."; the label is the form's own.
  const bare = path.startsWith("fields.") ? path.slice("fields.".length) : path;
  return Object.hasOwn(FIELD_LABELS, bare) ? (bare as FieldLabel) : undefined;
};

/**
 * The reason behind one of zod's findings, from its kind and limits. A finding without a known
 * reason keeps only its English message, which a phone shows as it is.
 */
export function issueOf(issue: z.core.$ZodIssue): InputIssue {
  const path = issue.path.map(String).join(".");
  const base: InputIssue = { path, message: issue.message };
  const field = labelled(path);
  const withField = (reason: FieldProblem, extra?: ReasonParams): InputIssue => {
    const params = { ...(field ? { field } : {}), ...extra };
    return Object.keys(params).length > 0 ? { ...base, reason, params } : { ...base, reason };
  };
  switch (issue.code) {
    case "custom": {
      // A schema's own check: a field's problem, or a refusal of the workshop's (an agenda's rules).
      const { reason, params } = (issue.params ?? {}) as { reason?: unknown; params?: ReasonParams };
      if (typeof reason !== "string") return base;
      if (Object.hasOwn(FIELD_PROBLEMS, reason)) return withField(reason as FieldProblem);
      return Object.hasOwn(REFUSALS, reason) ? { ...base, reason, ...(params ? { params } : {}) } : base;
    }
    case "invalid_type":
      return field ? withField("missing") : base;
    case "too_small":
      return issue.origin === "string" ? withField(field ? "missing" : "empty") : base;
    case "too_big":
      return issue.origin === "string" ? withField(field ? "tooLong" : "tooLongText", { max: Number(issue.maximum) }) : base;
    default:
      return base;
  }
}

/** Every finding of a failed parse, at most `max` of them (a hostile body can hold thousands). */
export function issuesOf(error: z.ZodError, max = 10): InputIssue[] {
  return error.issues.slice(0, max).map(issueOf);
}
