import type { Actor } from "../../actor";
import { accept, nextId, reject, type Decision } from "../../decision";
import { controlOf, type Deciders } from "../../feature";
import { activeParticipant, isDecision, notEnded, onlyFacilitator, openPhase, participantIn } from "../../guards";
import type { Card, IdeaGroup, WorkshopState } from "../../model";
import type { PhaseOf } from "../../phases";
import { dotsOf, ideaOf, tallyOf, votesLeft } from "./dots";
import { groupsOf } from "./ranking";

type BrainstormCommand = "group.create" | "group.rename" | "card.group" | "dot.add" | "dot.remove" | "vote.close";

/** Enough for any room; past it, people are making groups instead of grouping. */
export const MAX_GROUPS = 40;

const sameTitle = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Where someone may group ideas: anyone in the workshop. Participants only while the phase takes
 * input; the facilitator, who regroups as moderation, also when it is locked (not after the end).
 */
function groupingPhase(state: WorkshopState, actor: Actor, phaseId: string): PhaseOf<"brainstorm"> | Decision {
  if (actor.role === "facilitator") {
    const ended = notEnded(state);
    if (ended) return ended;
    const phase = state.agenda.find((p) => p.id === phaseId);
    return phase?.kind === "brainstorm" ? phase : reject("not_found", "noIdeasToGroup");
  }
  const participant = activeParticipant(state, actor);
  if (isDecision(participant)) return participant;
  return openPhase(state, phaseId, ["brainstorm"] as const);
}

function existingGroup(state: WorkshopState, groupId: string): IdeaGroup | Decision {
  return state.groups[groupId] ?? reject("not_found", "groupGone");
}

/** A participant voting in an open phase, before the vote is closed. */
function voting(state: WorkshopState, actor: Actor, phaseId: string) {
  const found = participantIn(state, actor, phaseId, ["brainstorm"] as const);
  if (isDecision(found)) return found;
  if (controlOf(state, phaseId).voteClosed) return reject("closed", "voteClosed");
  return found;
}

/** The idea a dot goes to: one of this phase, still shown; a merged duplicate's votes go to the idea it joined. */
function votableIdea(state: WorkshopState, phaseId: string, cardId: string): Card | Decision {
  const card = state.cards[cardId];
  const idea = card?.phaseId === phaseId ? ideaOf(state, cardId) : null;
  return idea ?? reject("not_found", "ideaNotInVote");
}

export const brainstormDeciders: Deciders<BrainstormCommand> = {
  "group.create"(state, { phaseId, title }, { actor }) {
    const phase = groupingPhase(state, actor, phaseId);
    if (isDecision(phase)) return phase;
    const groups = groupsOf(state, phase.id);
    // Two people naming the same group at once end up in one group, not two alike.
    const same = groups.find((g) => sameTitle(g.title, title));
    if (same) return accept([], { id: same.id });
    if (groups.length >= MAX_GROUPS) return reject("conflict", "tooManyGroups", { max: MAX_GROUPS });
    const groupId = nextId(state, "g");
    return accept([{ type: "group.created", groupId, phaseId: phase.id, title }], { id: groupId });
  },

  "group.rename"(state, { groupId, title }, { actor }) {
    const group = existingGroup(state, groupId);
    if (isDecision(group)) return group;
    const phase = groupingPhase(state, actor, group.phaseId);
    if (isDecision(phase)) return phase;
    if (group.title === title) return accept([], { id: group.id });
    if (groupsOf(state, phase.id).some((g) => g.id !== group.id && sameTitle(g.title, title))) {
      return reject("conflict", "groupNameTaken", { title });
    }
    return accept([{ type: "group.renamed", groupId: group.id, title }], { id: group.id });
  },

  "card.group"(state, { cardId, groupId }, { actor }) {
    const card = state.cards[cardId];
    // Participants do not hold hidden ideas: for them a hidden one does not exist.
    if (!card || card.mergedInto || (card.hidden && actor.role !== "facilitator")) {
      return reject("not_found", "ideaGone");
    }
    const phase = groupingPhase(state, actor, card.phaseId);
    if (isDecision(phase)) return phase;
    if (groupId !== null) {
      const group = existingGroup(state, groupId);
      if (isDecision(group)) return group;
      if (group.phaseId !== card.phaseId) return reject("invalid_input", "groupOtherBrainstorm");
    }
    if (card.groupId === groupId) return accept([], { id: card.id });
    return accept([{ type: "card.grouped", cardId: card.id, groupId }], { id: card.id });
  },

  "dot.add"(state, { phaseId, cardId }, { actor }) {
    const found = voting(state, actor, phaseId);
    if (isDecision(found)) return found;
    const idea = votableIdea(state, phaseId, cardId);
    if (isDecision(idea)) return idea;
    if (votesLeft(state, phaseId, found.participant.id) === 0) {
      const budget = found.phase.options.budget;
      return reject("conflict", "votesUsed", { budget });
    }
    return accept([{ type: "dot.added", phaseId, cardId: idea.id, participantId: found.participant.id }], { id: idea.id });
  },

  "dot.remove"(state, { phaseId, cardId }, { actor }) {
    const found = voting(state, actor, phaseId);
    if (isDecision(found)) return found;
    const idea = votableIdea(state, phaseId, cardId);
    if (isDecision(idea)) return idea;
    const me = found.participant.id;
    // Nothing to take back (a second tap): nothing happens.
    if (!dotsOf(state, phaseId, me)[idea.id]) return accept([], { id: idea.id });
    // The dot may sit on a duplicate that was merged into this idea since it was given.
    const own = state.dots[phaseId]?.[me] ?? {};
    const from = (own[idea.id] ?? 0) > 0 ? idea.id : Object.keys(own).find((id) => (own[id] ?? 0) > 0 && ideaOf(state, id)?.id === idea.id);
    if (!from) return accept([], { id: idea.id });
    return accept([{ type: "dot.removed", phaseId, cardId: from, participantId: me }], { id: idea.id });
  },

  "vote.close"(state, { phaseId }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const phase = state.agenda.find((p) => p.id === phaseId);
    if (phase?.kind !== "brainstorm") return reject("not_found", "noVoteToClose");
    if (controlOf(state, phaseId).voteClosed) return accept([]);
    return accept([{ type: "vote.closed", phaseId, tally: tallyOf(state, phaseId) }]);
  },
};
