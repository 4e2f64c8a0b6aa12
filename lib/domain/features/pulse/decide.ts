import { accept, reject } from "../../decision";
import type { Deciders } from "../../feature";
import { isDecision, participantIn } from "../../guards";

export const pulseDeciders: Deciders<"pulse.answer"> = {
  "pulse.answer"(state, { phaseId, questionId, value }, { actor }) {
    const found = participantIn(state, actor, phaseId, ["pulse"] as const);
    if (isDecision(found)) return found;
    const { participant, phase } = found;
    if (!phase.options.questions.some((q) => q.id === questionId)) {
      return reject("not_found", "questionMissing");
    }
    const given = state.pulseAnswers[phase.id]?.[participant.id]?.[questionId];
    // A double tap or a retry with the same answer changes nothing.
    if (given?.value === value && given.teamId === participant.teamId) return accept([]);
    const answered = { type: "pulse.answered", phaseId: phase.id, questionId, participantId: participant.id, teamId: participant.teamId, value } as const;
    if (!given) return accept([{ ...answered, previous: null }]);
    // Someone moved since they answered: the old answer is taken back from the team that counted it.
    const moved = given.teamId === participant.teamId ? {} : { previousTeamId: given.teamId };
    return accept([{ ...answered, previous: given.value, ...moved }]);
  },
};
