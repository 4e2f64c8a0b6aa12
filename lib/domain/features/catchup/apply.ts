import type { Appliers } from "../../feature";
import type { WorkshopState } from "../../model";
import type { CatchUp } from "./model";

type CatchUpEvent = "catchup.opened" | "catchup.extended" | "catchup.closed" | "catchup.inviteAdded" | "catchup.joined" | "catchup.submitted";

/** Every copy but the server's gets these events redacted, so only the server's state changes. */
function withCatchUp(state: WorkshopState, change: (c: CatchUp) => CatchUp): WorkshopState {
  return state.catchup ? { ...state, catchup: change(state.catchup) } : state;
}

export const catchUpAppliers: Appliers<CatchUpEvent> = {
  "catchup.opened": (state, { deadline, phaseIds }) => ({
    ...state,
    catchup: { deadline, closedAt: null, phaseIds, invites: {}, tokens: {}, participants: {} },
  }),
  // Extending reopens a closed catch-up: the deadline is what the facilitator means now.
  "catchup.extended": (state, { deadline }) => withCatchUp(state, (c) => ({ ...c, deadline, closedAt: null })),
  "catchup.closed": (state, _e, { at }) => withCatchUp(state, (c) => ({ ...c, closedAt: at })),
  "catchup.inviteAdded": (state, { teamId, tokenHash }) =>
    tokenHash ? withCatchUp(state, (c) => ({ ...c, invites: { ...c.invites, [tokenHash]: teamId } })) : state,
  "catchup.joined": (state, { participantId, name, teamId, writesAsTeamId, tokenHash }, { at }) =>
    withCatchUp(state, (c) => ({
      ...c,
      tokens: tokenHash ? { ...c.tokens, [tokenHash]: participantId } : c.tokens,
      participants: { ...c.participants, [participantId]: { id: participantId, name, teamId, writesAsTeamId, joinedAt: at, steps: {} } },
    })),
  "catchup.submitted": (state, { participantId, phaseId, input }, { at }) =>
    withCatchUp(state, (c) => {
      const who = c.participants[participantId];
      if (!who) return c;
      return { ...c, participants: { ...c.participants, [participantId]: { ...who, steps: { ...who.steps, [phaseId]: { input, at } } } } };
    }),
};
