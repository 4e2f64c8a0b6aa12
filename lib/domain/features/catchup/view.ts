import type { BeliefCause, WorkshopState } from "../../model";
import { cardFor } from "../cards/visibility";
import type { CatchUp, CatchUpParticipant } from "./model";
import type { StepInput } from "./schemas";
import { isOpen, nextStep, stepsOf, type CatchUpPhase } from "./steps";

const ROOM = { role: "screen" } as const;

export interface CatchUpCard {
  column: string | null;
  text: string;
}

/** What a step shows a catch-up participant: only what the room's screen could show, and less. */
export type StepView =
  | { kind: "pulse"; questions: { id: string; text: string }[] }
  | { kind: "perspective"; writesAsTeamId: string | null }
  /** `null` until their own writing step is sent: they write before they see. */
  | { kind: "mirror"; teamId: string; others: CatchUpCard[]; own: CatchUpCard[] }
  | { kind: "mirror"; teamId: string; others: null; own: null }
  | { kind: "beliefs"; beliefs: { id: string; aboutTeamId: string | null; cause: BeliefCause; text: string; replies: string[] }[] }
  | { kind: "agreements"; agreements: { id: string; what: string; ownerTeamId: string; ownerName: string; dueDate: string }[] };

export interface CatchUpView {
  title: string;
  teams: { id: string; name: string }[];
  you: { id: string; name: string; teamId: string };
  open: boolean;
  deadline: number;
  /** The step to do now, or `null` when all are sent (or the catch-up is closed). */
  currentPhaseId: string | null;
  steps: { phaseId: string; kind: CatchUpPhase["kind"]; title: string; prompt: string; done: boolean; sent: StepInput | null; view: StepView }[];
}

/** The room's cards of a perspective phase about a team, as the screen may show them. */
function mirrorCards(state: WorkshopState, sourcePhaseId: string, teamId: string, own: boolean): CatchUpCard[] {
  return Object.values(state.cards)
    .filter((c) => c.phaseId === sourcePhaseId && c.aboutTeamId === teamId && (c.teamId === teamId) === own && !c.mergedInto)
    .map((c) => cardFor(c, state, ROOM))
    .filter((c) => c !== null)
    .sort((a, b) => a.seq - b.seq)
    .map((c) => ({ column: c.column, text: c.text }));
}

function stepView(state: WorkshopState, catchUp: CatchUp, who: CatchUpParticipant, phase: CatchUpPhase): StepView {
  switch (phase.kind) {
    case "pulse":
      return { kind: "pulse", questions: phase.options.questions.map((q) => ({ id: q.id, text: q.text })) };
    case "perspective":
      return { kind: "perspective", writesAsTeamId: who.writesAsTeamId };
    case "mirror": {
      const source = phase.options.sourcePhaseId;
      const mustWriteFirst = catchUp.phaseIds.includes(source) && !who.steps[source];
      if (mustWriteFirst) return { kind: "mirror", teamId: who.teamId, others: null, own: null };
      return { kind: "mirror", teamId: who.teamId, others: mirrorCards(state, source, who.teamId, false), own: mirrorCards(state, source, who.teamId, true) };
    }
    case "beliefs":
      return {
        kind: "beliefs",
        beliefs: Object.values(state.beliefs)
          .filter((b) => b.phaseId === phase.id && !b.hidden)
          .sort((a, b) => a.seq - b.seq)
          .map((b) => ({ id: b.id, aboutTeamId: b.aboutTeamId, cause: b.cause, text: b.text, replies: b.replies.map((r) => r.text) })),
      };
    case "agreements":
      return {
        kind: "agreements",
        agreements: Object.values(state.agreements)
          .sort((a, b) => a.seq - b.seq)
          .map((a) => ({ id: a.id, what: a.what, ownerTeamId: a.ownerTeamId, ownerName: a.ownerName, dueDate: a.dueDate })),
      };
  }
}

/**
 * The one copy of the workshop a catch-up participant receives: no author of anything, no
 * ballots, no one else's catch-up, and no mirror before their own writing is sent.
 */
export function catchUpViewFor(state: WorkshopState, participantId: string, now: number): CatchUpView | null {
  const catchUp = state.catchup;
  const who = catchUp?.participants[participantId];
  if (!catchUp || !who) return null;
  const open = isOpen(catchUp, now);
  return {
    title: state.title,
    teams: state.teams.map((t) => ({ id: t.id, name: t.name })),
    you: { id: who.id, name: who.name, teamId: who.teamId },
    open,
    deadline: catchUp.deadline,
    currentPhaseId: open ? (nextStep(state, catchUp, who)?.id ?? null) : null,
    steps: stepsOf(state, catchUp).map((p) => ({
      phaseId: p.id,
      kind: p.kind,
      title: p.title,
      prompt: p.prompt,
      done: Boolean(who.steps[p.id]),
      sent: who.steps[p.id]?.input ?? null,
      view: stepView(state, catchUp, who, p),
    })),
  };
}
