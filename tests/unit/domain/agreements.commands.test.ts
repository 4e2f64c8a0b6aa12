import { describe, expect, it } from "vitest";
import { CommandSchema, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { FIELDS, alice, bob, create, inAgreements, withAgreement } from "./agreements.fixtures";
import { facilitator, guest, must, outcome, run, screen } from "./fixtures";

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
