import { accept, nextId, reject } from "../../decision";
import type { Deciders } from "../../feature";
import { activeParticipant, isDecision, notEnded, onlyFacilitator } from "../../guards";
import { assignAfterMove, assignLateJoiner } from "../perspective/assign";

export const participantDeciders: Deciders<"participant.join" | "participant.move" | "participant.remove" | "participant.done"> = {
  "participant.join"(state, command, { actor }) {
    // AUTH: joining binds the phone's token to a new person; someone already in stays who they are.
    // A removed person's token stays known so that it is refused, not let in as someone new.
    const known =
      actor.role === "participant"
        ? actor.participantId
        : actor.role === "guest"
          ? state.secrets?.participantByTokenHash[actor.tokenHash]
          : undefined;
    if (known) {
      const me = activeParticipant(state, { role: "participant", participantId: known });
      return isDecision(me) ? me : accept([], { id: me.id });
    }
    if (actor.role !== "guest") return reject("forbidden", "guestOnly");

    // VALIDATION
    const ended = notEnded(state);
    if (ended) return ended;
    if (!state.teams.some((t) => t.id === command.teamId)) {
      return reject("not_found", "teamMissing");
    }

    // RESOLUTION: a late joiner in a perspective phase gets a team to write as, too.
    const participantId = nextId(state, "p");
    return accept(
      [
        { type: "participant.joined", participantId, name: command.name, teamId: command.teamId, tokenHash: actor.tokenHash },
        ...assignLateJoiner(state, participantId, command.teamId),
      ],
      { id: participantId },
    );
  },

  "participant.move"(state, command, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const participant = state.participants[command.participantId];
    if (!participant || participant.removed) return reject("not_found", "personMissing");
    if (!state.teams.some((t) => t.id === command.teamId)) return reject("not_found", "teamMissing");
    if (participant.teamId === command.teamId) return accept([], { id: participant.id });
    // Someone moved into the team they were to write as gets another one to write as.
    return accept(
      [{ type: "participant.moved", participantId: participant.id, teamId: command.teamId }, ...assignAfterMove(state, participant.id, command.teamId)],
      { id: participant.id },
    );
  },

  "participant.remove"(state, command, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const participant = state.participants[command.participantId];
    if (!participant) return reject("not_found", "personMissing");
    if (participant.removed) return accept([], { id: participant.id });
    return accept([{ type: "participant.removed", participantId: participant.id }], { id: participant.id });
  },

  "participant.done"(state, command, { actor }) {
    const participant = activeParticipant(state, actor);
    if (isDecision(participant)) return participant;
    const ended = notEnded(state);
    if (ended) return ended;
    if (!state.agenda.some((p) => p.id === command.phaseId)) return reject("not_found", "phaseMissing");
    const done = state.controls[command.phaseId]?.done.includes(participant.id) ?? false;
    if (done === command.done) return accept([]);
    return accept([{ type: "participant.doneChanged", phaseId: command.phaseId, participantId: participant.id, done: command.done }]);
  },
};
