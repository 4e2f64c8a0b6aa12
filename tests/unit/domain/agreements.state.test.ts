import { describe, expect, it } from "vitest";
import { viewFor, type Actor, type CommandInput } from "@/lib/domain";
import { agreementsOf, endorsementCount, ideasToAgree } from "@/lib/domain/features/agreements/selectors";
import { FIELDS, alice, bob, create, inAgreements, withAgreement } from "./agreements.fixtures";
import { facilitator, must, outcome, run } from "./fixtures";

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
