import { expect } from "vitest";
import type { Card, Delivery, Phase, SeqEvent, Viewer, WorkshopState } from "@/lib/domain";
import { cardsPhase, customWorkshop, facilitator, guest, lobbyPhase, participant, perspectivePhase, play, type Step } from "./fixtures";

/** Set-up shared by the projection tests: who learns what, as deliveries and as views. */

export const AGENDA: Phase[] = [
  lobbyPhase(),
  cardsPhase("anon", { columns: [{ id: "keep", label: "Keep" }, { id: "change", label: "Change" }], private: true, anonymous: true }),
  cardsPhase("open"),
  perspectivePhase("shoes", { private: true }),
  { id: "mirror", kind: "mirror", title: "Mirror", prompt: "", timeboxMinutes: null, options: { sourcePhaseId: "shoes" } },
];

export const FAC: Viewer = { role: "facilitator" };
export const SCREEN: Viewer = { role: "screen" };
export const ANYONE: Viewer = { role: "participant", participantId: null };
export const as = (participantId: string): Viewer => ({ role: "participant", participantId });

/** The copy a viewer receives among one event's deliveries: exactly one must reach them. */
export function copyFor(out: Delivery[], viewer: Viewer): SeqEvent {
  const reaching = out.filter(({ to }) => {
    if (viewer.role !== "participant") return to.kind === viewer.role;
    const me = viewer.participantId;
    if (to.kind === "participant") return to.participantId === me;
    return to.kind === "participants" && (me === null || !to.except.includes(me));
  });
  expect(reaching).toHaveLength(1);
  return reaching[0]!.event;
}

/** Alice p2 (t1, guest 1) and Bob p3 (t2, guest 2) writing in the private, anonymous "anon" phase. */
export const START: Step[] = [
  [{ type: "participant.join", name: "Alice", teamId: "t1" }, guest(1)], // p2
  [{ type: "participant.join", name: "Bob", teamId: "t2" }, guest(2)], // p3
  [{ type: "phase.goto", phaseId: "anon" }, facilitator], // 4
  [{ type: "card.add", phaseId: "anon", text: "Alice keeps", column: "keep" }, participant("p2")], // c5
  [{ type: "card.add", phaseId: "anon", text: "Bob changes", column: "change" }, participant("p3")], // c6
];
export const started = () => play(customWorkshop(AGENDA), START);

/** A card's fields as a viewer's copy holds them. */
export const held = (state: WorkshopState, id: string): Partial<Card> | undefined => state.cards[id];
