import { describe, expect, it } from "vitest";
import { deliveries } from "@/lib/domain";
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
});
