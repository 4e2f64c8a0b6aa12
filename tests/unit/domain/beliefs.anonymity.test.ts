import { describe, expect, it } from "vitest";
import { apply, deliveries, fold, redactEvent, viewFor, type Delivery, type DomainEvent, type Viewer } from "@/lib/domain";
import { beliefsOf } from "@/lib/domain/features/beliefs/select";
import { createdEvent, facilitator, guest, play, sequence, workshop, type Logged, type Step } from "../../helpers/domain";
import { add, alice, bob, cleo, hidden, hide, reply, vote } from "./beliefs.fixtures";

/** What reaches whom. */
const VIEWERS: [string, Viewer][] = [
  ["facilitator", { role: "facilitator" }],
  ["screen", { role: "screen" }],
  ["any participant", { role: "participant", participantId: null }],
  ["another participant (p3)", { role: "participant", participantId: "p3" }],
];
const NON_MODERATORS = VIEWERS.filter(([, v]) => v.role !== "facilitator");

const AUTHOR_STEPS: Step[] = [[add("t2"), alice]];

/** A day in "Us and them": beliefs, replies, votes, a vote changed, a belief hidden and back. */
const DAY: Step[] = [
  [add("t2"), alice], // b6
  [add(null), bob], // b7
  [reply("b6"), bob],
  [vote("b6", "agree"), alice],
  [vote("b6", "disagree"), bob],
  [vote("b7", "partly"), cleo],
  [vote("b6", "partly"), alice],
  [hide("b6", true), facilitator],
  [hide("b6", false), facilitator],
];

/** The copy one participant receives: their own delivery where there is one, else the shared one. */
function copyFor(out: Delivery[], participantId: string) {
  const own = out.find((d) => d.to.kind === "participant" && d.to.participantId === participantId);
  const shared = out.find((d) => d.to.kind === "participants" && !d.to.except.includes(participantId));
  return (own ?? shared)!.event;
}

const audiences: [string, Viewer, (out: Delivery[]) => Delivery["event"]][] = [
  ["the facilitator", { role: "facilitator" }, (out) => out[0]!.event],
  ["the screen", { role: "screen" }, (out) => out[1]!.event],
  ["the author (p2)", { role: "participant", participantId: "p2" }, (out) => copyFor(out, "p2")],
  ["the IT member who replied (p3)", { role: "participant", participantId: "p3" }, (out) => copyFor(out, "p3")],
  ["a bystander (p4)", { role: "participant", participantId: "p4" }, (out) => copyFor(out, "p4")],
];

function foldFor(start: Logged[], log: Logged[], pick: (out: Delivery[]) => Delivery["event"]) {
  return fold([...start, ...log].map(({ stored, stateAfter }) => pick(deliveries(stored, stateAfter))));
}

describe("anonymity: what leaves the server", () => {
  const base = play(workshop(), [
    [{ type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)],
    [{ type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)],
    [{ type: "participant.join", name: "Cleo", teamId: "t3" }, guest(3)],
    [{ type: "phase.goto", phaseId: "beliefs" }, facilitator],
  ]);
  const start: Logged[] = [{ stored: createdEvent(), stateAfter: workshop() }, ...base.log];

  it("the author's id reaches the author alone, never the facilitator or the screen", () => {
    const { log } = play(base.state, AUTHOR_STEPS);
    const out = deliveries(log[0]!.stored, log[0]!.stateAfter);
    expect(out.map((d) => d.to)).toEqual([
      { kind: "facilitator" },
      { kind: "screen" },
      { kind: "participants", except: ["p2"] },
      { kind: "participant", participantId: "p2" },
    ]);
    for (const d of out.slice(0, 3)) {
      expect(d.event.event).toMatchObject({ type: "belief.added", authorId: null });
      expect(JSON.stringify(d.event)).not.toContain('"p2"');
    }
    expect(out[3]?.event.event).toMatchObject({ authorId: "p2" });
  });

  it("a voter's id reaches the voter alone; the team's count reaches everyone", () => {
    const { state, log } = play(base.state, [...AUTHOR_STEPS, [vote("b6", "agree"), cleo]]);
    const voted = log.at(-1)!;
    const out = deliveries(voted.stored, voted.stateAfter);
    for (const d of out.filter((d) => d.to.kind !== "participant")) {
      expect(d.event.event).toEqual({ type: "belief.voted", beliefId: "b6", participantId: null, teamId: "t3", vote: "agree", previous: null });
    }
    expect(out.find((d) => d.to.kind === "participant")).toMatchObject({ to: { participantId: "p4" }, event: { event: { participantId: "p4" } } });
    for (const [, viewer] of VIEWERS) expect(viewFor(state, viewer).beliefBallots.b6).toEqual({});
    expect(viewFor(state, { role: "participant", participantId: "p4" }).beliefBallots.b6).toEqual({ p4: { value: "agree", teamId: "t3" } });
  });

  it.each<[string, Viewer]>([
    ...VIEWERS.slice(0, 3),
    ["a participant who wrote none (p4)", { role: "participant", participantId: "p4" }],
  ])("no copy of the state names an author for the %s", (_name, viewer) => {
    const { state } = play(base.state, DAY);
    expect(Object.values(viewFor(state, viewer).beliefs).map((b) => b.authorId)).toEqual([null, null]);
  });

  it("the author's own copy still knows the belief is theirs", () => {
    const { state } = play(base.state, DAY);
    expect(viewFor(state, { role: "participant", participantId: "p2" }).beliefs.b6?.authorId).toBe("p2");
  });

  it.each(audiences)("%s, folding what was sent, holds what a reload would give", (_name, viewer, pick) => {
    const { state, log } = play(base.state, DAY);
    expect(foldFor(start, log, pick)).toEqual(viewFor(state, viewer));
  });

  it.each(audiences.filter(([, v]) => v.role !== "facilitator"))("%s no longer sees a hidden belief, without a reload", (_name, _viewer, pick) => {
    const { log } = play(base.state, DAY.slice(0, -1));
    expect(beliefsOf(foldFor(start, log, pick), "beliefs").map((b) => b.id)).toEqual(["b7"]);
  });

  describe("events about a hidden belief", () => {
    const before = hidden();
    const raw: [string, DomainEvent][] = [
      ["a reply", { type: "belief.replied", beliefId: "b6", replyId: "r20", authorId: "p3", teamId: "t2", text: "Psst" }],
      ["a vote", { type: "belief.voted", beliefId: "b6", participantId: "p4", teamId: "t3", vote: "agree", previous: null }],
    ];

    it.each(raw)("%s is a bare marker for everyone but the facilitator", (_name, event) => {
      const [stored] = sequence(before, [event]);
      const stateAfter = apply(before, stored!);
      for (const [, viewer] of NON_MODERATORS) {
        expect(redactEvent(stored!, stateAfter, viewer)).toEqual({ seq: stored!.seq, at: stored!.at, event: { type: "redacted" } });
      }
      expect(redactEvent(stored!, stateAfter, { role: "facilitator" }).event.type).toBe(event.type);
    });
  });

  describe("belief.unhidden", () => {
    const before = hidden();
    const [stored] = sequence(before, [{ type: "belief.unhidden", beliefId: "b6" }]);
    const stateAfter = apply(before, stored!);

    it.each(NON_MODERATORS)("carries the belief, without its author, for the %s", (_name, viewer) => {
      expect(redactEvent(stored!, stateAfter, viewer).event).toEqual({
        type: "belief.unhidden",
        beliefId: "b6",
        belief: { ...stateAfter.beliefs.b6, authorId: null },
      });
    });

    it("is bare for the facilitator, who kept the belief", () => {
      expect(redactEvent(stored!, stateAfter, { role: "facilitator" })).toEqual(stored);
    });

    it.each(NON_MODERATORS)("brings the belief back to a %s who joined while it was hidden", (_name, viewer) => {
      const restored = apply(viewFor(before, viewer), redactEvent(stored!, stateAfter, viewer));
      expect(restored.beliefs.b6).toEqual(viewFor(stateAfter, viewer).beliefs.b6);
      expect(beliefsOf(restored, "beliefs").map((b) => b.id)).toEqual(["b6", "b7"]);
    });
  });
});
