import { describe, expect, it } from "vitest";
import { CommandSchema, viewFor, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { draftFromIdea, draftOf, EMPTY_DRAFT, fieldErrors, hasLanded, validateDraft, type AgreementDraft, type FieldErrors } from "@/lib/domain/features/agreements/form";
import { agreementsOf, endorsementCount, ideasToAgree } from "@/lib/domain/features/agreements/selectors";
import type { AgreementFields } from "@/lib/domain/features/agreements/schemas";
import { facilitator, guest, must, outcome, participant, run, screen, workshop } from "./fixtures";

const alice = participant("p2");
const bob = participant("p3");

const FIELDS: AgreementFields = {
  what: "Sales checks new offers with Finance before sending them",
  ownerTeamId: "t1",
  ownerName: "Alice",
  buddyTeamId: "t3",
  buddyName: "Frank",
  dueDate: "2025-03-01",
  reviewDate: "2025-06-01",
  metric: { name: "error reports", baseline: "10%", target: "5%" },
  legalCheck: { needed: true, note: "Pricing rules: ask Legal" },
};

/**
 * Alice p2 (Sales) and Bob p3 (IT) have joined; the brainstorm had two ideas (Alice's and Bob's)
 * and a third that was hidden; the room is in the agreements phase.
 */
function inAgreements() {
  let s = workshop();
  s = must(s, { type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)).state;
  s = must(s, { type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)).state;
  s = must(s, { type: "phase.goto", phaseId: "brainstorm" }, facilitator).state;
  const first = must(s, { type: "card.add", phaseId: "brainstorm", text: "Answer within a day" }, alice);
  const second = must(first.state, { type: "card.add", phaseId: "brainstorm", text: "One contact per customer" }, bob);
  const hidden = must(second.state, { type: "card.add", phaseId: "brainstorm", text: "Blame IT" }, bob);
  s = must(hidden.state, { type: "card.setHidden", cardId: hidden.id, hidden: true }, facilitator).state;
  s = must(s, { type: "phase.goto", phaseId: "agreements" }, facilitator).state;
  return { state: s, ideas: [first.id, second.id], hiddenIdea: hidden.id };
}

/** One agreement made, Alice in. */
function withAgreement() {
  const base = inAgreements();
  const made = must(base.state, { type: "agreement.create", phaseId: "agreements", fields: FIELDS }, facilitator);
  const state = must(made.state, { type: "agreement.endorse", agreementId: made.id, endorsed: true }, alice).state;
  return { ...base, state, id: made.id };
}

const create = (fields: Partial<AgreementFields> = {}, more: Partial<Extract<CommandInput, { type: "agreement.create" }>> = {}): CommandInput => ({
  type: "agreement.create",
  phaseId: "agreements",
  fields: { ...FIELDS, ...fields },
  ...more,
});

/** The English message of each field's problem. */
const messagesOf = (errors: FieldErrors) => Object.fromEntries(Object.entries(errors).map(([field, issue]) => [field, issue.message]));

describe("agreement commands", () => {
  const id = () => withAgreement().id;
  type Case = [name: string, state: () => WorkshopState, command: () => CommandInput, actor: Actor, expected: ReturnType<typeof outcome>];
  const cases: Case[] = [
    ["the facilitator makes an agreement", () => inAgreements().state, () => create(), facilitator, { events: ["agreement.created"], id: "a10" }],
    ["a participant cannot make one", () => inAgreements().state, () => create(), alice, { error: "forbidden" }],
    ["the screen cannot make one", () => inAgreements().state, () => create(), screen, { error: "forbidden" }],
    ["a guest cannot make one", () => inAgreements().state, () => create(), guest(9), { error: "forbidden" }],
    ["not in a phase the room has not reached", () => must(inAgreements().state, { type: "phase.goto", phaseId: "brainstorm" }, facilitator).state, () => create(), facilitator, { error: "closed" }],
    ["not in a phase of another kind", () => inAgreements().state, () => create({}, { phaseId: "brainstorm" }), facilitator, { error: "not_found" }],
    ["not in an unknown phase", () => inAgreements().state, () => create({}, { phaseId: "nope" }), facilitator, { error: "not_found" }],
    ["not once the workshop has ended", () => must(inAgreements().state, { type: "workshop.end" }, facilitator).state, () => create(), facilitator, { error: "closed" }],
    ["the lock stops phones, not the facilitator", () => must(inAgreements().state, { type: "phase.lock", phaseId: "agreements", locked: true }, facilitator).state, () => create(), facilitator, { events: ["agreement.created"], id: "a11" }],
    ["an owner's team the workshop does not have", () => inAgreements().state, () => create({ ownerTeamId: "t9" }), facilitator, { error: "not_found" }],
    ["a buddy's team the workshop does not have", () => inAgreements().state, () => create({ buddyTeamId: "t9" }), facilitator, { error: "not_found" }],
    ["no buddy at all is fine", () => inAgreements().state, () => create({ buddyTeamId: null, buddyName: "" }), facilitator, { events: ["agreement.created"], id: "a10" }],
    ["from a top idea", () => inAgreements().state, () => create({}, { fromCardId: inAgreements().ideas[0] }), facilitator, { events: ["agreement.created"], id: "a10" }],
    ["from a card that is not an idea of the brainstorm", () => inAgreements().state, () => create({}, { fromCardId: "c99" }), facilitator, { error: "not_found" }],
    ["from a hidden idea", () => inAgreements().state, () => create({}, { fromCardId: inAgreements().hiddenIdea }), facilitator, { error: "not_found" }],

    ["the facilitator changes an agreement", () => withAgreement().state, () => ({ type: "agreement.update", agreementId: id(), fields: { ...FIELDS, ownerName: "Anne" } }), facilitator, { events: ["agreement.updated"], id: "a10" }],
    ["saving without changes is a no-op", () => withAgreement().state, () => ({ type: "agreement.update", agreementId: id(), fields: FIELDS }), facilitator, { events: [], id: "a10" }],
    ["a participant cannot change one", () => withAgreement().state, () => ({ type: "agreement.update", agreementId: id(), fields: FIELDS }), alice, { error: "forbidden" }],
    ["the screen cannot change one", () => withAgreement().state, () => ({ type: "agreement.update", agreementId: id(), fields: FIELDS }), screen, { error: "forbidden" }],
    ["changing one that does not exist", () => withAgreement().state, () => ({ type: "agreement.update", agreementId: "a99", fields: FIELDS }), facilitator, { error: "not_found" }],
    ["a change naming an unknown team", () => withAgreement().state, () => ({ type: "agreement.update", agreementId: id(), fields: { ...FIELDS, ownerTeamId: "t9" } }), facilitator, { error: "not_found" }],
    ["no change once the workshop has ended", () => must(withAgreement().state, { type: "workshop.end" }, facilitator).state, () => ({ type: "agreement.update", agreementId: id(), fields: { ...FIELDS, ownerName: "Anne" } }), facilitator, { error: "closed" }],

    ["the facilitator deletes an agreement", () => withAgreement().state, () => ({ type: "agreement.delete", agreementId: id() }), facilitator, { events: ["agreement.deleted"], id: "a10" }],
    ["deleting the spotlit agreement clears the spotlight", () => must(withAgreement().state, { type: "spotlight.set", ref: { kind: "agreement", id: "a10" } }, facilitator).state, () => ({ type: "agreement.delete", agreementId: id() }), facilitator, { events: ["agreement.deleted", "spotlight.changed"], id: "a10" }],
    ["a participant cannot delete one", () => withAgreement().state, () => ({ type: "agreement.delete", agreementId: id() }), alice, { error: "forbidden" }],
    ["the screen cannot delete one", () => withAgreement().state, () => ({ type: "agreement.delete", agreementId: id() }), screen, { error: "forbidden" }],
    ["deleting one that does not exist", () => withAgreement().state, () => ({ type: "agreement.delete", agreementId: "a99" }), facilitator, { error: "not_found" }],

    ["a participant says I'm in", () => withAgreement().state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: true }), bob, { events: ["agreement.endorsed"], id: "a10" }],
    ["saying I'm in twice changes nothing", () => withAgreement().state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: true }), alice, { events: [], id: "a10" }],
    ["taking it back", () => withAgreement().state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: false }), alice, { events: ["agreement.endorsed"], id: "a10" }],
    ["taking back what one never said changes nothing", () => withAgreement().state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: false }), bob, { events: [], id: "a10" }],
    ["the screen cannot endorse", () => withAgreement().state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: true }), screen, { error: "forbidden" }],
    ["the facilitator cannot endorse", () => withAgreement().state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: true }), facilitator, { error: "forbidden" }],
    ["a guest cannot endorse", () => withAgreement().state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: true }), guest(9), { error: "forbidden" }],
    ["a removed participant cannot endorse", () => must(withAgreement().state, { type: "participant.remove", participantId: "p3" }, facilitator).state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: true }), bob, { error: "forbidden" }],
    ["endorsing one that does not exist", () => withAgreement().state, () => ({ type: "agreement.endorse", agreementId: "a99", endorsed: true }), bob, { error: "not_found" }],
    ["no endorsing while the phase is locked", () => must(withAgreement().state, { type: "phase.lock", phaseId: "agreements", locked: true }, facilitator).state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: true }), bob, { error: "closed" }],
    ["no endorsing once the workshop has ended", () => must(withAgreement().state, { type: "workshop.end" }, facilitator).state, () => ({ type: "agreement.endorse", agreementId: id(), endorsed: true }), bob, { error: "closed" }],
  ];

  it.each(cases)("%s", (_name, state, command, actor, expected) => {
    expect(outcome(run(state(), command(), actor).decision)).toEqual(expected);
  });
});

describe("what people see after each command", () => {
  it("a new agreement holds every field, its phase, its kind and nobody in yet", () => {
    const { state, id } = must(inAgreements().state, create(), facilitator);
    expect(state.agreements[id]).toEqual({
      id,
      phaseId: "agreements",
      kind: "agreement",
      ...FIELDS,
      fromCardId: null,
      endorsedBy: [],
      status: "not-started",
      measured: "",
      progress: [],
      carriedFrom: null,
      seq: 10,
    });
  });

  it("an agreement made from a top idea remembers the idea", () => {
    const { state: s, ideas } = inAgreements();
    const { state, id } = must(s, create({}, { fromCardId: ideas[1] }), facilitator);
    expect(state.agreements[id]?.fromCardId).toBe(ideas[1]);
  });

  it("a carry-over phase makes carry-over agreements, and they draw on no brainstorm", () => {
    const s = must(inAgreements().state, { type: "phase.goto", phaseId: "carry-over" }, facilitator).state;
    const carry = create({ what: "Brief the night shift", metric: { name: "colleagues briefed", baseline: "0", target: "40" } }, { phaseId: "carry-over" });
    const { state, id } = must(s, carry, facilitator);
    expect(state.agreements[id]).toMatchObject({ kind: "carry-over", phaseId: "carry-over", what: "Brief the night shift" });
    expect(outcome(run(s, { ...carry, fromCardId: inAgreements().ideas[0] } as CommandInput, facilitator).decision)).toEqual({ error: "invalid_input" });
  });

  it("agreements of a phase the room has left can still be made and changed", () => {
    const s = must(inAgreements().state, { type: "phase.goto", phaseId: "check-out" }, facilitator).state;
    const { state, id } = must(s, create(), facilitator);
    expect(must(state, { type: "agreement.update", agreementId: id, fields: { ...FIELDS, what: "Later" } }, facilitator).state.agreements[id]?.what).toBe("Later");
  });

  it("a change replaces the fields and keeps who is in", () => {
    const { state: s, id } = withAgreement();
    const changed = { ...FIELDS, ownerName: "Anne", buddyTeamId: null, buddyName: "", legalCheck: { needed: false, note: "" } };
    const state = must(s, { type: "agreement.update", agreementId: id, fields: changed }, facilitator).state;
    expect(state.agreements[id]).toMatchObject({ ...changed, endorsedBy: ["p2"], kind: "agreement" });
  });

  it("a deleted agreement is gone, and so is its spotlight", () => {
    const { state: s, id } = withAgreement();
    const spotlit = must(s, { type: "spotlight.set", ref: { kind: "agreement", id } }, facilitator).state;
    const state = must(spotlit, { type: "agreement.delete", agreementId: id }, facilitator).state;
    expect(state.agreements[id]).toBeUndefined();
    expect(state.spotlight).toBeNull();
  });

  it("endorsements are kept in the order people said I'm in, once each", () => {
    const { state: s, id } = withAgreement();
    const steps: [Actor, boolean][] = [[bob, true], [bob, true], [alice, false], [alice, true], [alice, true]];
    const state = steps.reduce((st, [actor, endorsed]) => must(st, { type: "agreement.endorse", agreementId: id, endorsed }, actor).state, s);
    expect(state.agreements[id]?.endorsedBy).toEqual(["p3", "p2"]);
    expect(endorsementCount(state, state.agreements[id]!)).toBe(2);
  });

  it.each([["the facilitator", { role: "facilitator" }], ["the screen", { role: "screen" }], ["any participant", { role: "participant", participantId: null }]] as const)(
    "agreements and who is in are public: %s holds them",
    (_who, viewer) => {
      const { state, id } = withAgreement();
      expect(viewFor(state, viewer).agreements[id]).toEqual(state.agreements[id]);
    },
  );

  it("someone the facilitator removed no longer counts as in", () => {
    const { state: s, id } = withAgreement();
    const state = must(s, { type: "participant.remove", participantId: "p2" }, facilitator).state;
    expect(endorsementCount(state, state.agreements[id]!)).toBe(0);
  });

  it("lists a phase's agreements in the order they were made", () => {
    let s = withAgreement().state;
    s = must(s, create({ what: "Second" }), facilitator).state;
    s = must(s, { type: "phase.goto", phaseId: "carry-over" }, facilitator).state;
    s = must(s, create({ what: "Elsewhere" }, { phaseId: "carry-over" }), facilitator).state;
    expect(agreementsOf(s, "agreements").map((a) => a.what)).toEqual([FIELDS.what, "Second"]);
  });
});

describe("invalid agreements are refused with a message per missing field", () => {
  const issuesOf = (fields: unknown) => {
    const parsed = CommandSchema.safeParse({ type: "agreement.create", phaseId: "agreements", fields });
    return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  };

  it.each<[string, Record<string, unknown>, string, string]>([
    ["what", { what: "  " }, "fields.what", "What we will do is missing"],
    ["the owner's team", { ownerTeamId: "" }, "fields.ownerTeamId", "The owner's team is missing"],
    ["the owner", { ownerName: "" }, "fields.ownerName", "The owner's name is missing"],
    ["the buddy's name", { buddyName: "" }, "fields.buddyName", "The buddy's name is missing"],
    ["the buddy's team", { buddyTeamId: null }, "fields.buddyTeamId", "The buddy's team is missing"],
    ["the due date", { dueDate: "" }, "fields.dueDate", "The due date is missing"],
    ["the review date", { reviewDate: "" }, "fields.reviewDate", "The review date is missing"],
    ["the metric", { metric: { ...FIELDS.metric, name: "" } }, "fields.metric.name", "The metric is missing"],
    ["the baseline", { metric: { ...FIELDS.metric, baseline: "" } }, "fields.metric.baseline", "The baseline is missing"],
    ["the target", { metric: { ...FIELDS.metric, target: "" } }, "fields.metric.target", "The target is missing"],
    ["the legal yes/no", { legalCheck: { note: "" } }, "fields.legalCheck.needed", "Whether a legal or audit check is needed is missing"],
  ])("missing %s", (_what, patch, path, message) => {
    expect(issuesOf({ ...FIELDS, ...patch })).toEqual([{ path, message }]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["a buddy from the owner's team", { buddyTeamId: "t1" }, "fields.buddyTeamId", "The buddy must come from another team than the owner"],
    ["a review before the due date", { reviewDate: "2025-02-28" }, "fields.reviewDate", "The review date must be on or after the due date"],
    ["a due date that is not a date", { dueDate: "next week" }, "fields.dueDate", "The due date must be a date (YYYY-MM-DD)"],
    ["a due date that does not exist", { dueDate: "2025-02-30", reviewDate: "2025-06-01" }, "fields.dueDate", "The due date is not a real date"],
    ["a review date in a month that does not exist", { reviewDate: "2025-13-01" }, "fields.reviewDate", "The review date is not a real date"],
    ["a what that is too long", { what: "x".repeat(301) }, "fields.what", "What we will do must be at most 300 characters"],
  ])("refuses %s", (_what, patch, path, message) => {
    expect(issuesOf({ ...FIELDS, ...patch })).toEqual([{ path, message }]);
  });

  it("the review date may be the due date", () => {
    expect(issuesOf({ ...FIELDS, reviewDate: FIELDS.dueDate })).toEqual([]);
  });

  it("reports every missing field at once", () => {
    const paths = issuesOf({ ...FIELDS, what: "", ownerName: "", dueDate: "", metric: { name: "", baseline: "", target: "" } }).map((i) => i.path);
    expect(paths).toEqual(["fields.what", "fields.ownerName", "fields.dueDate", "fields.metric.name", "fields.metric.baseline", "fields.metric.target"]);
  });
});

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

describe("ideas to make agreements from", () => {
  it("while the vote is open: the visible ideas in posting order, without dots", () => {
    const { state, ideas } = inAgreements();
    expect(ideasToAgree(state, "brainstorm").map((i) => [i.card.id, i.dots])).toEqual([
      [ideas[0], null],
      [ideas[1], null],
    ]);
  });

  it("once the vote is closed: ranked by dots, ties in posting order", () => {
    const { state: s, ideas } = inAgreements();
    const [first, second] = ideas as [string, string];
    const ranked = (tally: Record<string, number>) =>
      ideasToAgree({ ...s, dotTallies: { brainstorm: tally } }, "brainstorm").map((i) => [i.card.id, i.dots]);
    expect(ranked({ [first]: 2, [second]: 5 })).toEqual([[second, 5], [first, 2]]);
    expect(ranked({})).toEqual([[first, 0], [second, 0]]);
  });
});
