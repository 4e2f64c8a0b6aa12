import { describe, expect, it } from "vitest";
import { decodeDraft, encodeDraft } from "@/lib/client/useDraft";
import {
  cardsToSend,
  emptyBeliefs,
  emptyPerspective,
  restoreAgreements,
  restoreBeliefs,
  restorePerspective,
  restorePulse,
  stepDraftKey,
  type AgreementsDraft,
  type BeliefsDraft,
  type PerspectiveDraft,
} from "@/app/_components/catchup/stepDrafts";

const roundTrip = <T>(value: T, empty: T, restore: (stored: unknown) => T) => decodeDraft(encodeDraft(value, empty, true), empty, restore);

describe("drafts kept on the phone", () => {
  it("text drafts are kept as typed, and an emptied one leaves nothing", () => {
    expect(encodeDraft("half a sentence", "", false)).toBe("half a sentence");
    expect(encodeDraft("", "", false)).toBeNull();
    expect(decodeDraft("half a sentence", "", null)).toBe("half a sentence");
    expect(decodeDraft(null, "", null)).toBe("");
  });

  it("a step's choices and texts come back as they were left", () => {
    const perspective: PerspectiveDraft = { cards: [{ about: "other", column: "strengths", text: "They know the customer" }], typing: { "other:challenges": "Slow to ans" } };
    expect(roundTrip(perspective, emptyPerspective, restorePerspective)).toEqual(perspective);
    const beliefs: BeliefsDraft = { votes: { b1: "partly" }, text: "Nobody reads the ti", about: "it", cause: "not-consulted" };
    expect(roundTrip(beliefs, emptyBeliefs, (s) => restoreBeliefs(s, ["b1"], ["it", "sales"]))).toEqual(beliefs);
    const answers: AgreementsDraft = { a1: { answer: "concern", text: "Invoices come from" }, a2: { answer: "in" } };
    expect(roundTrip(answers, {}, (s) => restoreAgreements(s, ["a1", "a2"]))).toEqual(answers);
    expect(roundTrip({ q1: 3, q2: 5 }, {}, (s) => restorePulse(s, ["q1", "q2"]))).toEqual({ q1: 3, q2: 5 });
  });

  it("nothing is kept for a step back to empty", () => {
    expect(encodeDraft(emptyBeliefs, emptyBeliefs, true)).toBeNull();
    expect(encodeDraft({}, {}, true)).toBeNull();
    expect(encodeDraft({ cards: [], typing: {} }, emptyPerspective, true)).toBeNull();
  });

  it("keeps only what the step still asks about, so sending it is not refused", () => {
    expect(restorePulse({ q1: 3, gone: 4, q2: 9 }, ["q1", "q2"])).toEqual({ q1: 3 });
    expect(restoreBeliefs({ votes: { b1: "agree", gone: "agree", b2: "maybe" }, text: "x", about: "removed-team", cause: "??" }, ["b1", "b2"], ["it"])).toEqual({
      votes: { b1: "agree" },
      text: "x",
      about: "",
      cause: "other",
    });
    expect(restoreAgreements({ a1: { answer: "in" }, gone: { answer: "in" }, a2: { answer: "concern" } }, ["a1", "a2"])).toEqual({ a1: { answer: "in" } });
    expect(restorePulse({}, ["toString"])).toEqual({});
  });

  it("what is damaged or of another shape gives an empty step", () => {
    expect(decodeDraft("{not json", emptyBeliefs, (s) => restoreBeliefs(s, [], []))).toEqual(emptyBeliefs);
    expect(decodeDraft("null", emptyPerspective, restorePerspective)).toEqual(emptyPerspective);
    expect(decodeDraft(JSON.stringify(["x"]), {}, (s) => restorePulse(s, ["0"]))).toEqual({});
    expect(restorePerspective({ cards: [{ about: "them", column: "strengths", text: "x" }, { about: "own", column: "challenges", text: "  " }, "text"], typing: { "own:strengths": 5, nope: "x" } })).toEqual(
      emptyPerspective,
    );
  });

  it("two catch-up links on one phone, and two steps of one link, keep their drafts apart", () => {
    expect(stepDraftKey("link-a", "checkin")).not.toBe(stepDraftKey("link-b", "checkin"));
    expect(stepDraftKey("link-a", "checkin")).not.toBe(stepDraftKey("link-a", "checkout"));
    expect(stepDraftKey("link-a", "checkin")).toContain("link-a");
  });

  it("sending the perspective step sends what is still typed in a box too, as on the screen", () => {
    const draft = { cards: [{ about: "other" as const, column: "strengths" as const, text: "They know the customer" }], typing: { "own:challenges": "  Slow to answer ", "other:challenges": "   " } };
    expect(cardsToSend(draft)).toEqual([
      { about: "other", column: "strengths", text: "They know the customer" },
      { about: "own", column: "challenges", text: "Slow to answer" },
    ]);
  });
});
