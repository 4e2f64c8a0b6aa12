import type { Appliers } from "../../feature";
import type { Distribution, WorkshopState } from "../../model";
import { tallied } from "./distribution";

type Tallies = WorkshopState["pulseTallies"][string][string];

/** One answer added to its team's counts and the answer it replaces taken from the team that counted it. */
function recounted(byTeam: Tallies, teamId: string, value: number, previous: number | null, previousTeamId: string): Tallies {
  if (previousTeamId === teamId) return { ...byTeam, [teamId]: tallied(byTeam[teamId], value, previous) };
  const taken: Distribution | undefined = previous === null ? byTeam[previousTeamId] : tallied(byTeam[previousTeamId], null, previous);
  const withTaken = taken ? { ...byTeam, [previousTeamId]: taken } : byTeam;
  return { ...withTaken, [teamId]: tallied(byTeam[teamId], value, null) };
}

export const pulseAppliers: Appliers<"pulse.answered"> = {
  "pulse.answered"(state, { phaseId, questionId, participantId, teamId, value, previous, previousTeamId }) {
    const byQuestion = state.pulseTallies[phaseId] ?? {};
    const byTeam = recounted(byQuestion[questionId] ?? {}, teamId, value, previous, previousTeamId ?? teamId);
    const pulseTallies = { ...state.pulseTallies, [phaseId]: { ...byQuestion, [questionId]: byTeam } };
    // The phase's entry exists in every copy, as in the view, even where the answer itself is not sent.
    const byParticipant = state.pulseAnswers[phaseId] ?? {};
    const answers =
      participantId === null
        ? byParticipant
        : { ...byParticipant, [participantId]: { ...byParticipant[participantId], [questionId]: { value, teamId } } };
    return { ...state, pulseTallies, pulseAnswers: { ...state.pulseAnswers, [phaseId]: answers } };
  },
};
