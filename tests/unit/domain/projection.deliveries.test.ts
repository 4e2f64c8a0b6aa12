import { describe, expect, it } from "vitest";
import { deliveries, type StoredEvent } from "@/lib/domain";
import { facilitator, guest, participant, play, scene, workshop, type Logged } from "../../helpers/domain";
import { started } from "./projection.fixtures";

describe("deliveries", () => {
  const cases: [string, () => Logged, string[]][] = [
    ["a public card: one shared copy", () => play(workshop(), [[{ type: "participant.join", name: "A", teamId: "t1" }, guest(1)], [{ type: "phase.goto", phaseId: "changes" }, facilitator], [{ type: "card.add", phaseId: "changes", text: "Hi" }, participant("p2")]]).log.at(-1)!, ["facilitator", "screen", "participants:"]],
    ["a join: the token hash is stripped for all alike", () => play(workshop(), [[{ type: "participant.join", name: "A", teamId: "t1" }, guest(1)]]).log.at(-1)!, ["facilitator", "screen", "participants:"]],
    ["an anonymous card: the author's own copy apart", () => started().log.at(-1)!, ["facilitator", "screen", "participants:p3", "participant:p3"]],
    ["a reaction: everyone sees the same", () => play(scene(), [[{ type: "card.react", cardId: "c5", reaction: "recognised" }, participant("p3")]]).log.at(-1)!, ["facilitator", "screen", "participants:"]],
  ];

  it.each(cases)("%s", (_name, logged, audiences) => {
    const { stored, stateAfter } = logged();
    const out = deliveries(stored, stateAfter);
    const names = out.map(({ to }) => (to.kind === "participants" ? `participants:${to.except.join(",")}` : to.kind === "participant" ? `participant:${to.participantId}` : to.kind));
    expect(names).toEqual(audiences);
    for (const d of out) expect([d.event.seq, d.event.at]).toEqual([stored.seq, stored.at]);
  });

  // The transport packs and sends each object once and the history holds it once: copies that
  // hide nothing are one object, and a copy that hides something is a copy of its own.
  it("a named card: every audience holds one and the same copy", () => {
    const { stored, stateAfter } = cases[0]![1]();
    const [first, ...rest] = deliveries(stored, stateAfter);
    for (const d of rest) expect(d.event).toBe(first!.event);
  });

  it("an anonymous card: the author's copy apart, and the author's name in no one else's", () => {
    const { stored, stateAfter } = started().log.at(-1)!;
    const out = deliveries(stored, stateAfter);
    const own = out.find((d) => d.to.kind === "participant")!;
    for (const d of out.filter((d) => d !== own)) {
      expect(d.event).not.toBe(own.event);
      expect(JSON.stringify(d.event)).not.toContain('"authorId":"p3"');
    }
  });

  // The facilitator, the screen and the other phones alike: a join without its token hash, an
  // anonymous card without its author's name for all but the author.
  it.each(cases)("%s: copies alike are one object", (_name, logged) => {
    const { stored, stateAfter } = logged();
    const out = deliveries(stored, stateAfter);
    for (const a of out) for (const b of out) if (JSON.stringify(a.event) === JSON.stringify(b.event)) expect(a.event).toBe(b.event);
  });

  // A stored event says who did it (`actor`): an anonymous card's edit would name its author.
  it.each(cases)("%s: only seq, at and the event travel", (_name, logged) => {
    const { stored, stateAfter } = logged();
    const asSaved: StoredEvent = { ...stored, actor: "p3", commandId: "cmd-1", resultId: null };
    for (const d of deliveries(asSaved, stateAfter)) expect(Object.keys(d.event).sort()).toEqual(["at", "event", "seq"]);
  });
});
