import { describe, expect, it } from "vitest";
import { deliveries, viewFor, type DomainEvent, type Viewer, type WorkshopState } from "@/lib/domain";
import { guest, play, sequence, workshop } from "../../helpers/domain";
import { ANYONE, FAC, SCREEN, as, copyFor } from "./projection.fixtures";

describe("answers, votes and dots: one's own only", () => {
  const before = applyJoins();
  function applyJoins(): WorkshopState {
    return play(workshop(), [
      [{ type: "participant.join", name: "A", teamId: "t1" }, guest(1)],
      [{ type: "participant.join", name: "B", teamId: "t2" }, guest(2)],
    ]).state;
  }
  const EVENTS: [string, DomainEvent, "anonymised" | "redacted"][] = [
    ["pulse.answered", { type: "pulse.answered", phaseId: "check-in", questionId: "they-understand", participantId: "p2", teamId: "t1", value: 4, previous: null }, "anonymised"],
    ["belief.voted", { type: "belief.voted", beliefId: "b9", participantId: "p2", teamId: "t1", vote: "agree", previous: null }, "anonymised"],
    ["dot.added", { type: "dot.added", phaseId: "brainstorm", cardId: "c9", participantId: "p2" }, "redacted"],
    ["dot.removed", { type: "dot.removed", phaseId: "brainstorm", cardId: "c9", participantId: "p2" }, "redacted"],
  ];

  it.each(EVENTS)("%s: the voter's own copy names them; everyone else's does not", (_name, event, others) => {
    const [stored] = sequence(before, [event]);
    // The state is not consulted for these copies; the feature's appliers are not under test here.
    const out = deliveries(stored!, before);
    expect(copyFor(out, as("p2")).event).toEqual(event);
    for (const viewer of [FAC, SCREEN, as("p3"), ANYONE]) {
      const copy = copyFor(out, viewer).event;
      expect(copy).toEqual(others === "redacted" ? { type: "redacted" } : { ...event, participantId: null });
    }
  });

  it.each<[string, Viewer, string[]]>([
    ["the facilitator", FAC, []],
    ["the screen", SCREEN, []],
    ["any participant", ANYONE, []],
    ["p2", as("p2"), ["p2"]],
    ["p3", as("p3"), ["p3"]],
  ])("viewFor gives %s only their own", (_name, viewer, own) => {
    const state: WorkshopState = {
      ...before,
      pulseAnswers: { "check-in": { p2: { q: { value: 4, teamId: "t1" } }, p3: { q: { value: 2, teamId: "t2" } } } },
      beliefBallots: { b9: { p2: { value: "agree", teamId: "t1" }, p3: { value: "disagree", teamId: "t2" } } },
      dots: { brainstorm: { p2: { c9: 2 }, p3: { c9: 1 } } },
    };
    const view = viewFor(state, viewer);
    expect(Object.keys(view.pulseAnswers["check-in"] ?? {})).toEqual(own);
    expect(Object.keys(view.beliefBallots.b9 ?? {})).toEqual(own);
    expect(Object.keys(view.dots.brainstorm ?? {})).toEqual(own);
  });
});
