import { accept, reject } from "../../decision";
import type { Deciders } from "../../feature";
import { isDecision, participantIn } from "../../guards";

export const pulseDeciders: Deciders<"pulse.answer"> = {
  "pulse.answer"(state, { phaseId, questionId, value }, { actor }) {
    const found = participantIn(state, actor, phaseId, ["pulse"] as const);
    if (isDecision(found)) return found;
    const { participant, phase } = found;
    if (!phase.options.questions.some((q) => q.id === questionId)) {
      return reject("not_found", "That question is not part of this pulse.");
    }
    const previous = state.pulseAnswers[phase.id]?.[participant.id]?.[questionId] ?? null;
    // A double tap or a retry with the same answer changes nothing.
    if (previous === value) return accept([]);
    return accept(
      [{ type: "pulse.answered", phaseId: phase.id, questionId, participantId: participant.id, teamId: participant.teamId, value, previous }],
    );
  },
};
