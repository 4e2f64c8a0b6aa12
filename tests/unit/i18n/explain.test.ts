import { describe, expect, it } from "vitest";
import { AgreementFieldsSchema, CreateWorkshopSchema, domainError, FIELD_PROBLEMS, issuesOf, REFUSALS } from "@/lib/domain";
import { invalidInputError, SERVICE_REASONS, serviceError } from "@/lib/protocol/reasons";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { explain, explainError, explainIssue, LANGUAGES } from "@/lib/i18n";

/** A refusal reaches each phone as a reason; these check it is worded in the phone's language. */

const nl = CATALOGUES.nl;
const nb = CATALOGUES.nb;

const AGREEMENT = {
  what: "Answer every quote request within a day",
  ownerTeamId: "t1",
  ownerName: "Sam",
  buddyTeamId: null,
  buddyName: "",
  dueDate: "2026-12-01",
  reviewDate: "2026-12-15",
  metric: { name: "Days to answer", baseline: "4", target: "1" },
  legalCheck: { needed: false, note: "" },
};
const issuesFor = (change: object) => {
  const parsed = AgreementFieldsSchema.safeParse({ ...AGREEMENT, ...change });
  if (parsed.success) throw new Error("expected the agreement to be refused");
  return issuesOf(parsed.error);
};

describe("the reasons behind refusals", () => {
  it("keeps the workshop's, the fields' and the server's reasons apart (one key, one meaning)", () => {
    const keys = [...Object.keys(REFUSALS), ...Object.keys(FIELD_PROBLEMS), ...Object.keys(SERVICE_REASONS)];
    expect(keys.length).toBe(new Set(keys).size);
  });

  it("gives a refusal its English message with the parameters filled in", () => {
    expect(domainError("conflict", "votesUsed", { budget: 3 })).toEqual({
      code: "conflict",
      reason: "votesUsed",
      params: { budget: 3 },
      message: "You have used all 3 of your votes. Take one back to vote for another idea.",
    });
    expect(serviceError("closed", "full", { max: 40 }).message).toBe("This workshop is full: it takes at most 40 people. Ask the facilitator.");
  });
});

describe("wording a refusal in the page's language", () => {
  it("words the workshop's refusal in Dutch and Norwegian, numbers as each language writes them", () => {
    const locked = domainError("closed", "locked");
    expect(explainError("nl", nl, locked)).toBe(nl.errors.locked);
    expect(explainError("nb", nb, locked)).toBe(nb.errors.locked);
    expect(explainError("en", CATALOGUES.en, locked)).toBe("The facilitator has locked input for this phase.");
    const full = serviceError("closed", "full", { max: 1200 });
    expect(explainError("nl", nl, full)).toContain("1.200");
    expect(explainError("en", CATALOGUES.en, full)).toContain("1,200");
  });

  it("keeps what people typed as they typed it", () => {
    const taken = domainError("conflict", "teamNameTaken", { name: "Kundeservice" });
    for (const lang of LANGUAGES) expect(explainError(lang, CATALOGUES[lang], taken)).toContain("Kundeservice");
  });

  it("shows the English message for a reason this page does not know (a newer server's)", () => {
    expect(explainError("nl", nl, { message: "Something new went wrong.", reason: "somethingNew" })).toBe("Something new went wrong.");
    expect(explainError("nl", nl, { message: "No reason given." })).toBe("No reason given.");
  });
});

describe("a form field's problem", () => {
  it("names the field as the page's language names it", () => {
    const [missing] = issuesFor({ ownerName: "  " });
    expect(missing).toMatchObject({ path: "ownerName", reason: "missing", params: { field: "ownerName" }, message: "The owner's name is missing" });
    expect(explain("en", CATALOGUES.en, missing!)).toBe("The owner's name is missing");
    expect(explain("nl", nl, missing!)).toBe(nl.errors.missing.replace("{field}", nl.fields.ownerName));
    expect(explain("nb", nb, missing!)).toBe(nb.errors.missing.replace("{field}", nb.fields.ownerName));
  });

  it("gives each of the agreement form's checks its own reason", () => {
    expect(issuesFor({ what: "x".repeat(2000) })[0]).toMatchObject({ reason: "tooLong", params: { field: "what", max: expect.any(Number) } });
    expect(issuesFor({ dueDate: "next week" })[0]).toMatchObject({ reason: "notDate", params: { field: "dueDate" } });
    expect(issuesFor({ dueDate: "2026-02-30" })[0]).toMatchObject({ reason: "notRealDate" });
    expect(issuesFor({ buddyTeamId: "t1", buddyName: "Kim" })[0]).toMatchObject({ path: "buddyTeamId", reason: "buddySameTeam" });
    expect(issuesFor({ reviewDate: "2026-11-01" })[0]).toMatchObject({ path: "reviewDate", reason: "reviewBeforeDue" });
    expect(issuesFor({ legalCheck: { note: "" } })[0]).toMatchObject({ path: "legalCheck.needed", reason: "missing" });
  });

  it("words the create form's 'team names must differ' in the page's language", () => {
    const parsed = CreateWorkshopSchema.safeParse({ title: "Kick-off", teams: ["Sales", "sales"] });
    const [issue] = parsed.success ? [] : issuesOf(parsed.error);
    expect(issue).toMatchObject({ path: "teams", reason: "teamNamesDiffer", message: "team names must differ" });
    expect(explainIssue("nl", nl, issue!)).toBe(`teams: ${nl.errors.teamNamesDiffer}`);
  });

  it("in a list, names a field without a label by its path", () => {
    const issue = { path: "title", message: "must not be empty", reason: "empty" };
    expect(explainIssue("nl", nl, issue)).toBe(`title: ${nl.errors.empty}`);
    const body = invalidInputError([issue]);
    expect(body.message).toBe("title: must not be empty");
    expect(explainError("nb", nb, body)).toBe(`title: ${nb.errors.empty}`);
  });
});
