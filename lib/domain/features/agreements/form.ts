import type { Agreement, WorkshopState } from "../../model";
import { FIELD_PROBLEMS, issuesOf, type InputIssue } from "../../issues";
import { sameFields } from "./fields";
import { AgreementFieldsSchema, type AgreementFields } from "./schemas";

/**
 * The agreement form as typed: every input a string, a team not picked yet is "", and the legal
 * check is unanswered (`null`) until someone says yes or no — it must not default to "no".
 */
export interface AgreementDraft {
  what: string;
  ownerTeamId: string;
  ownerName: string;
  buddyTeamId: string;
  buddyName: string;
  dueDate: string;
  reviewDate: string;
  metricName: string;
  baseline: string;
  target: string;
  legalNeeded: boolean | null;
  legalNote: string;
}

/** The form's fields, named as the schema's issue paths name them (the wire adds "fields."). */
export type DraftField =
  | "what"
  | "ownerTeamId"
  | "ownerName"
  | "buddyTeamId"
  | "buddyName"
  | "dueDate"
  | "reviewDate"
  | "metric.name"
  | "metric.baseline"
  | "metric.target"
  | "legalCheck.needed"
  | "legalCheck.note";

/** Each field's first problem, by reason, so the form words it in the phone's language. */
export type FieldErrors = Partial<Record<DraftField, InputIssue>>;

export const EMPTY_DRAFT: AgreementDraft = {
  what: "",
  ownerTeamId: "",
  ownerName: "",
  buddyTeamId: "",
  buddyName: "",
  dueDate: "",
  reviewDate: "",
  metricName: "",
  baseline: "",
  target: "",
  legalNeeded: null,
  legalNote: "",
};

/** A fresh draft made from a top idea: its text is the first version of "what we will do". */
export function draftFromIdea(text: string): AgreementDraft {
  return { ...EMPTY_DRAFT, what: text };
}

export function draftOf(agreement: Agreement): AgreementDraft {
  return {
    what: agreement.what,
    ownerTeamId: agreement.ownerTeamId,
    ownerName: agreement.ownerName,
    buddyTeamId: agreement.buddyTeamId ?? "",
    buddyName: agreement.buddyName,
    dueDate: agreement.dueDate,
    reviewDate: agreement.reviewDate,
    metricName: agreement.metric.name,
    baseline: agreement.metric.baseline,
    target: agreement.metric.target,
    legalNeeded: agreement.legalCheck.needed,
    legalNote: agreement.legalCheck.note,
  };
}

/**
 * Issues, as zod or the server's `invalid_input` reports them, by form field: the first message
 * of each field, so every problem shows next to its own input at once. `prefix` is what the wire
 * puts before the field ("fields." in a command).
 */
export function fieldErrors(issues: readonly InputIssue[], prefix = ""): FieldErrors {
  const errors: Record<string, InputIssue> = {};
  for (const issue of issues) {
    if (!issue.path.startsWith(prefix)) continue;
    errors[issue.path.slice(prefix.length)] ??= issue;
  }
  return errors as FieldErrors;
}

const LEGAL_UNANSWERED: InputIssue = {
  path: "legalCheck.needed",
  message: FIELD_PROBLEMS.legalUnanswered,
  reason: "legalUnanswered",
};

/**
 * Checks a draft with the very schema the server uses, before anything is sent, and reports every
 * problem at once. An unanswered legal check is checked aside: a missing yes/no would otherwise
 * stop zod before the checks across fields (buddy, dates) run.
 */
export function validateDraft(draft: AgreementDraft): { ok: true; fields: AgreementFields } | { ok: false; errors: FieldErrors } {
  const parsed = AgreementFieldsSchema.safeParse({
    what: draft.what,
    ownerTeamId: draft.ownerTeamId,
    ownerName: draft.ownerName,
    buddyTeamId: draft.buddyTeamId === "" ? null : draft.buddyTeamId,
    buddyName: draft.buddyName,
    dueDate: draft.dueDate,
    reviewDate: draft.reviewDate,
    metric: { name: draft.metricName, baseline: draft.baseline, target: draft.target },
    legalCheck: { needed: draft.legalNeeded ?? false, note: draft.legalNote },
  });
  const errors = parsed.success ? {} : fieldErrors(issuesOf(parsed.error, Infinity));
  if (draft.legalNeeded === null) errors["legalCheck.needed"] = LEGAL_UNANSWERED;
  if (parsed.success && draft.legalNeeded !== null) return { ok: true, fields: parsed.data };
  return { ok: false, errors };
}

/** What the form sent last, to tell when the server's answer has come back into the state. */
export interface SentAgreement {
  phaseId: string;
  /** The agreement being changed, or `null` for a new one. */
  agreementId: string | null;
  fromCardId: string | null;
  fields: AgreementFields;
  /** The state's sequence number when it was sent: a new agreement comes after it. */
  afterSeq: number;
}

/**
 * Whether what the form sent is now in the workshop, so the form may be emptied. Until then the
 * typed text stays: if the server refuses it, nothing has to be typed again.
 */
export function hasLanded(state: WorkshopState, sent: SentAgreement): boolean {
  if (sent.agreementId !== null) {
    const agreement = state.agreements[sent.agreementId];
    // Deleted meanwhile: there is nothing left to save the changes to.
    return !agreement || sameFields(agreement, sent.fields);
  }
  return Object.values(state.agreements).some(
    (a) => a.phaseId === sent.phaseId && a.seq > sent.afterSeq && a.fromCardId === sent.fromCardId && sameFields(a, sent.fields),
  );
}
