import type { Appliers } from "../../feature";
import { tallied } from "./distribution";

export const pulseAppliers: Appliers<"pulse.answered"> = {
  "pulse.answered"(state, { phaseId, questionId, participantId, teamId, value, previous }) {
    const byQuestion = state.pulseTallies[phaseId] ?? {};
    const byTeam = byQuestion[questionId] ?? {};
    const pulseTallies = {
      ...state.pulseTallies,
      [phaseId]: { ...byQuestion, [questionId]: { ...byTeam, [teamId]: tallied(byTeam[teamId], value, previous) } },
    };
    // The phase's entry exists in every copy, as in the view, even where the answer itself is not sent.
    const byParticipant = state.pulseAnswers[phaseId] ?? {};
    const answers =
      participantId === null
        ? byParticipant
        : { ...byParticipant, [participantId]: { ...byParticipant[participantId], [questionId]: value } };
    return { ...state, pulseTallies, pulseAnswers: { ...state.pulseAnswers, [phaseId]: answers } };
  },
};
