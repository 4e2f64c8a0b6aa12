import { controlOf, withControl, type Appliers } from "../../feature";
import type { WorkshopState } from "../../model";
import { withEntry } from "../../records";

function patchParticipant(state: WorkshopState, id: string, patch: Partial<WorkshopState["participants"][string]>) {
  const participant = state.participants[id];
  if (!participant) return state;
  return { ...state, participants: withEntry(state.participants, id, { ...participant, ...patch }) };
}

export const participantAppliers: Appliers<"participant.joined" | "participant.moved" | "participant.removed" | "participant.doneChanged"> = {
  "participant.joined"(state, event, { at }) {
    const next: WorkshopState = {
      ...state,
      participants: withEntry(state.participants, event.participantId, {
        id: event.participantId,
        name: event.name,
        teamId: event.teamId,
        joinedAt: at,
        removed: false,
      }),
    };
    if (state.secrets && event.tokenHash) {
      next.secrets = {
        ...state.secrets,
        participantByTokenHash: withEntry(state.secrets.participantByTokenHash, event.tokenHash, event.participantId),
      };
    }
    return next;
  },
  "participant.moved": (state, event) => patchParticipant(state, event.participantId, { teamId: event.teamId }),
  // Their token stays known, so their phone is refused rather than let in as someone new.
  "participant.removed": (state, event) => patchParticipant(state, event.participantId, { removed: true }),
  "participant.doneChanged"(state, event) {
    const done = controlOf(state, event.phaseId).done.filter((id) => id !== event.participantId);
    return withControl(state, event.phaseId, { done: event.done ? [...done, event.participantId] : done });
  },
};
