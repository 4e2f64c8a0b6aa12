import { accept, nextId, reject, type DecideContext, type Decision } from "../../decision";
import type { Deciders } from "../../feature";
import { activeParticipant, isDecision, notEnded, onlyFacilitator, openPhase, participantIn } from "../../guards";
import type { Belief, Participant, WorkshopState } from "../../model";
import { mayReply } from "./select";

type BeliefCommand = "belief.add" | "belief.reply" | "belief.vote" | "belief.setHidden";

/**
 * A belief a participant may answer or vote on now: visible, and its phase still takes input.
 * The facilitator neither replies nor votes: a reply speaks for the team concerned (it carries
 * that team), and the facilitator belongs to no team; they moderate with Hide and Spotlight.
 */
function openBelief(state: WorkshopState, beliefId: string, { actor }: DecideContext): { belief: Belief; participant: Participant } | Decision {
  const participant = activeParticipant(state, actor);
  if (isDecision(participant)) return participant;
  const belief = state.beliefs[beliefId];
  if (!belief || belief.hidden) return reject("not_found", "beliefGone");
  const phase = openPhase(state, belief.phaseId, ["beliefs"] as const);
  if (isDecision(phase)) return phase;
  return { belief, participant };
}

export const beliefDeciders: Deciders<BeliefCommand> = {
  "belief.add"(state, { phaseId, aboutTeamId, cause, text }, { actor }) {
    const found = participantIn(state, actor, phaseId, ["beliefs"] as const);
    if (isDecision(found)) return found;
    if (aboutTeamId !== null && !state.teams.some((t) => t.id === aboutTeamId)) {
      return reject("not_found", "teamMissing");
    }
    const beliefId = nextId(state, "b");
    return accept(
      [{ type: "belief.added", beliefId, phaseId: found.phase.id, authorId: found.participant.id, aboutTeamId, cause, text }],
      { id: beliefId },
    );
  },

  "belief.reply"(state, { beliefId, text }, ctx) {
    const found = openBelief(state, beliefId, ctx);
    if (isDecision(found)) return found;
    const { belief, participant } = found;
    if (!mayReply(belief, participant)) {
      const team = state.teams.find((t) => t.id === belief.aboutTeamId)?.name ?? "the team concerned";
      return reject("forbidden", "replyOwnTeamOnly", { team });
    }
    const replyId = nextId(state, "r");
    return accept(
      [{ type: "belief.replied", beliefId: belief.id, replyId, authorId: participant.id, teamId: participant.teamId, text }],
      { id: replyId },
    );
  },

  "belief.vote"(state, { beliefId, vote }, ctx) {
    const found = openBelief(state, beliefId, ctx);
    if (isDecision(found)) return found;
    const { belief, participant } = found;
    const held = state.beliefBallots[belief.id]?.[participant.id];
    // A double tap, or a retry after a reconnect, changes nothing.
    if (held?.value === vote && held.teamId === participant.teamId) return accept([], { id: belief.id });
    // Someone moved since they voted: the old vote is taken back from the team that counted it.
    const moved = held && held.teamId !== participant.teamId ? { previousTeamId: held.teamId } : {};
    const voted = { type: "belief.voted", beliefId: belief.id, participantId: participant.id, teamId: participant.teamId, vote } as const;
    return accept([{ ...voted, previous: held?.value ?? null, ...moved }], { id: belief.id });
  },

  "belief.setHidden"(state, { beliefId, hidden }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const belief = state.beliefs[beliefId];
    if (!belief) return reject("not_found", "beliefGone");
    if (belief.hidden === hidden) return accept([], { id: belief.id });
    if (!hidden) return accept([{ type: "belief.unhidden", beliefId: belief.id }], { id: belief.id });
    // The screen must not keep showing what was just hidden.
    const spotlit = state.spotlight?.kind === "belief" && state.spotlight.id === belief.id;
    return accept(
      [{ type: "belief.hidden", beliefId: belief.id }, ...(spotlit ? [{ type: "spotlight.changed" as const, ref: null }] : [])],
      { id: belief.id },
    );
  },
};
