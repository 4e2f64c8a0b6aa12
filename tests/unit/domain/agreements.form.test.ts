import { describe, expect, it } from "vitest";
import { draftFromIdea, draftOf, EMPTY_DRAFT, fieldErrors, hasLanded, validateDraft, type AgreementDraft, type FieldErrors } from "@/lib/domain/features/agreements/form";
import { FIELDS, inAgreements, withAgreement } from "./agreements.fixtures";

/** The English message of each field's problem. */
const messagesOf = (errors: FieldErrors) => Object.fromEntries(Object.entries(errors).map(([field, issue]) => [field, issue.message]));

describe("the agreement form", () => {
  const filled: AgreementDraft = draftOf({ id: "a1", phaseId: "agreements", kind: "agreement", ...FIELDS, fromCardId: null, endorsedBy: [], status: "not-started", measured: "", progress: [], carriedFrom: null, seq: 1 });

  it("a filled-in form becomes the fields the command carries", () => {
    expect(validateDraft(filled)).toEqual({ ok: true, fields: FIELDS });
  });

  it("no buddy team means no buddy", () => {
    expect(validateDraft({ ...filled, buddyTeamId: "", buddyName: "" })).toEqual({ ok: true, fields: { ...FIELDS, buddyTeamId: null, buddyName: "" } });
  });

  it("an empty form shows every problem next to its field at once, the legal yes/no included", () => {
    const result = validateDraft(EMPTY_DRAFT);
    expect(result.ok).toBe(false);
    // Each carries its reason and field too, so a Dutch form words it in Dutch (tests/unit/i18n).
    expect(result.ok ? null : result.errors.ownerName).toMatchObject({ reason: "missing", params: { field: "ownerName" } });
    expect({ ok: result.ok, errors: result.ok ? {} : messagesOf(result.errors) }).toEqual({
      ok: false,
      errors: {
        what: "What we will do is missing",
        ownerTeamId: "The owner's team is missing",
        ownerName: "The owner's name is missing",
        dueDate: "The due date is missing",
        reviewDate: "The review date is missing",
        "metric.name": "The metric is missing",
        "metric.baseline": "The baseline is missing",
        "metric.target": "The target is missing",
        "legalCheck.needed": "Say whether a legal or audit check is needed",
      },
    });
  });

  it("an unanswered legal check does not hide the checks across fields", () => {
    const result = validateDraft({ ...filled, legalNeeded: null, buddyTeamId: "t1", reviewDate: "2025-01-01" });
    expect(result.ok ? {} : messagesOf(result.errors)).toEqual({
      buddyTeamId: "The buddy must come from another team than the owner",
      reviewDate: "The review date must be on or after the due date",
      "legalCheck.needed": "Say whether a legal or audit check is needed",
    });
  });

  it("a top idea's text is the first version of what we will do", () => {
    expect(draftFromIdea("Answer within a day")).toEqual({ ...EMPTY_DRAFT, what: "Answer within a day" });
  });

  it("the server's issues land on the same fields", () => {
    expect(
      fieldErrors(
        [
          { path: "fields.metric.target", message: "The target is missing" },
          { path: "fields.metric.target", message: "second message" },
          { path: "phaseId", message: "Invalid" },
        ],
        "fields.",
      ),
    ).toEqual({ "metric.target": { path: "fields.metric.target", message: "The target is missing" } });
  });
});

describe("the form empties only once what it sent is in the workshop", () => {
  const sentNew = (afterSeq: number, fields = FIELDS) => ({ phaseId: "agreements", agreementId: null, fromCardId: null, fields, afterSeq });

  it.each<[string, () => boolean, boolean]>([
    ["a new agreement that arrived", () => hasLanded(withAgreement().state, sentNew(9)), true],
    ["not yet arrived (or refused)", () => hasLanded(inAgreements().state, sentNew(9)), false],
    ["an older agreement that happens to match does not count", () => hasLanded(withAgreement().state, sentNew(10)), false],
    ["a change that arrived", () => hasLanded(withAgreement().state, { ...sentNew(0), agreementId: "a10" }), true],
    ["a change not arrived yet", () => hasLanded(withAgreement().state, { ...sentNew(0, { ...FIELDS, ownerName: "Anne" }), agreementId: "a10" }), false],
    ["a change to an agreement deleted meanwhile", () => hasLanded(inAgreements().state, { ...sentNew(0), agreementId: "a10" }), true],
  ])("%s", (_name, landed, expected) => {
    expect(landed()).toBe(expected);
  });
});
