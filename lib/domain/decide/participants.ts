import type { CommandOf } from "../commands";
import type { WorkshopState } from "../model";
import { accept, nextId, reject, type DecideContext, type Decision } from "./decision";

export function decideJoin(
  state: WorkshopState,
  command: CommandOf<"participant.join">,
  { actor }: DecideContext,
): Decision {
  // AUTH: joining binds the phone's token to a new person; someone already in stays who they are.
  if (actor.role === "participant") return accept([], { id: actor.participantId });
  if (actor.role !== "guest") return reject("forbidden", "Only a phone that has not joined yet can join.");

  // VALIDATION
  const known = state.secrets?.participantByTokenHash[actor.tokenHash];
  if (known) return accept([], { id: known });
  if (!state.teams.some((t) => t.id === command.teamId)) {
    return reject("not_found", "That team is not part of this workshop.");
  }

  // RESOLUTION
  const participantId = nextId(state, "p");
  return accept(
    [
      {
        type: "participant.joined",
        participantId,
        name: command.name,
        teamId: command.teamId,
        tokenHash: actor.tokenHash,
      },
    ],
    { id: participantId },
  );
}
