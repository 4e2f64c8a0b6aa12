import { describe, expect, it } from "vitest";
import { deliveries, fold, viewFor, type Delivery, type Viewer } from "@/lib/domain";
import { votesLeft } from "@/lib/domain/features/brainstorm/dots";
import { createdEvent, facilitator, guest, play, workshop, type Logged, type Step } from "../../helpers/domain";
import { add, alice, bob, closeVote, create, move, remove } from "./brainstorm.fixtures";

describe("blind voting: what leaves the server", () => {
  const base = play(workshop(), [
    [{ type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)],
    [{ type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)],
    [{ type: "phase.goto", phaseId: "brainstorm" }, facilitator],
    [{ type: "card.add", phaseId: "brainstorm", text: "Answer within a day" }, alice], // c5
    [{ type: "card.add", phaseId: "brainstorm", text: "One contact per customer" }, bob], // c6
  ]);
  const start: Logged[] = [{ stored: createdEvent(), stateAfter: workshop() }, ...base.log];
  const VOTING: Step[] = [
    [create("Speed"), bob], // g7
    [move("c5", "g7"), alice],
    [add("c5"), alice],
    [add("c6"), alice],
    [add("c6"), bob],
    [remove("c6"), alice],
  ];

  const copyFor = (out: Delivery[], participantId: string) =>
    (out.find((d) => d.to.kind === "participant" && d.to.participantId === participantId) ??
      out.find((d) => d.to.kind === "participants" && !d.to.except.includes(participantId)))!.event;
  const audiences: [string, Viewer, (out: Delivery[]) => Delivery["event"]][] = [
    ["the facilitator", { role: "facilitator" }, (out) => out[0]!.event],
    ["the screen", { role: "screen" }, (out) => out[1]!.event],
    ["Alice", { role: "participant", participantId: "p2" }, (out) => copyFor(out, "p2")],
    ["Bob", { role: "participant", participantId: "p3" }, (out) => copyFor(out, "p3")],
  ];
  const foldFor = (log: Logged[], pick: (out: Delivery[]) => Delivery["event"]) =>
    fold([...start, ...log].map(({ stored, stateAfter }) => pick(deliveries(stored, stateAfter))));

  it("a dot reaches its voter alone: the facilitator, the screen and the others get a bare marker", () => {
    const { log } = play(base.state, [[add("c5"), alice]]);
    const out = deliveries(log[0]!.stored, log[0]!.stateAfter);
    expect(out.map((d) => [d.to, d.event.event.type])).toEqual([
      [{ kind: "facilitator" }, "redacted"],
      [{ kind: "screen" }, "redacted"],
      [{ kind: "participants", except: ["p2"] }, "redacted"],
      [{ kind: "participant", participantId: "p2" }, "dot.added"],
    ]);
    for (const d of out) expect(d.event.seq).toBe(log[0]!.stored.seq);
  });

  it.each(audiences)("%s holds only their own dots and no tally while the vote is open", (_name, viewer, pick) => {
    const { state, log } = play(base.state, VOTING);
    const held = foldFor(log, pick);
    const me = viewer.role === "participant" ? viewer.participantId : null;
    expect(held.dotTallies).toEqual({});
    expect(Object.keys(held.dots.brainstorm ?? {})).toEqual(me ? [me] : []);
    // What a reload gives holds the same: the same own dots, nobody else's, no tally. (The view
    // may keep an empty entry for the phase where the fold has none: no dots either way.)
    const { dots: heldDots, ...heldRest } = held;
    const { dots: viewDots, ...viewRest } = viewFor(state, viewer);
    expect(heldRest).toEqual(viewRest);
    expect(viewDots.brainstorm ?? {}).toEqual(heldDots.brainstorm ?? {});
  });

  it.each(audiences)("%s gets the full tally when the vote closes", (_name, _viewer, pick) => {
    const { state, log } = play(base.state, [...VOTING, [closeVote(), facilitator]]);
    expect(foldFor(log, pick).dotTallies).toEqual({ brainstorm: { c5: 1, c6: 1 } });
    expect(state.dotTallies).toEqual({ brainstorm: { c5: 1, c6: 1 } });
    expect(foldFor(log, pick).controls.brainstorm?.voteClosed).toBe(true);
  });

  it("Alice's copy counts her votes left as the server does", () => {
    const { state, log } = play(base.state, VOTING);
    expect(votesLeft(foldFor(log, (out) => copyFor(out, "p2")), "brainstorm", "p2")).toBe(votesLeft(state, "brainstorm", "p2"));
    expect(votesLeft(state, "brainstorm", "p2")).toBe(2);
  });
});
