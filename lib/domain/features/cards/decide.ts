import { accept, nextId, reject, type Decision } from "../../decision";
import type { Deciders } from "../../feature";
import { activeParticipant, isDecision, notEnded, onlyFacilitator, openPhase, participantIn } from "../../guards";
import type { Card, WorkshopState } from "../../model";
import { PERSPECTIVE_COLUMNS, type PhaseOf } from "../../phases";
import type { DecideContext } from "../../decision";
import type { DomainEvent } from "../../events";
import { cardFor } from "./visibility";

/** A card leaving the wall takes the spotlight with it, so no screen shows an empty frame. */
function clearSpotlight(state: WorkshopState, cardId: string): DomainEvent[] {
  return state.spotlight?.kind === "card" && state.spotlight.id === cardId ? [{ type: "spotlight.changed", ref: null }] : [];
}

type CardCommand = "card.add" | "card.edit" | "card.delete" | "card.setHidden" | "card.merge" | "card.react";

/** Where a card may go in its phase: a valid column, and in perspective phases a team it may be about. */
function placement(
  phase: PhaseOf<"cards" | "perspective" | "brainstorm">,
  column: string | null,
  aboutTeamId: string | null,
  assigned: string | undefined,
  ownTeamId: string,
): Decision | null {
  if (phase.kind === "cards") {
    const columns = phase.options.columns.map((c) => c.id);
    if (columns.length > 0 && (!column || !columns.includes(column))) {
      return reject("invalid_input", "pickColumn", { columns: phase.options.columns.map((c) => c.label).join(", ") });
    }
    if (columns.length === 0 && column) return reject("invalid_input", "noColumns");
  }
  if (phase.kind === "perspective") {
    if (!column || !PERSPECTIVE_COLUMNS.some((c) => c.id === column)) {
      return reject("invalid_input", "pickStrengthsOrChallenges");
    }
    if (aboutTeamId !== ownTeamId && aboutTeamId !== assigned) {
      return reject("forbidden", "writeAboutAssigned");
    }
  }
  return null;
}

/** A card the actor may change: its author, or the facilitator moderating. */
function changeable(state: WorkshopState, cardId: string, { actor }: DecideContext, allowFacilitator: boolean): Card | Decision {
  const card = state.cards[cardId];
  if (actor.role === "facilitator" && allowFacilitator) {
    const ended = notEnded(state);
    if (ended) return ended;
    return card ?? reject("not_found", "cardGone");
  }
  // Deleting is the author's alone: a moderator hides, which can be undone.
  if (actor.role === "facilitator") return reject("forbidden", "authorDeletes");
  const participant = activeParticipant(state, actor);
  if (isDecision(participant)) return participant;
  if (!card || card.hidden || card.mergedInto) return reject("not_found", "cardGone");
  if (card.authorId !== participant.id) return reject("forbidden", "authorChanges");
  const phase = openPhase(state, card.phaseId, ["cards", "perspective", "brainstorm"]);
  return isDecision(phase) ? phase : card;
}

export const cardDeciders: Deciders<CardCommand> = {
  "card.add"(state, command, { actor }) {
    const found = participantIn(state, actor, command.phaseId, ["cards", "perspective", "brainstorm"] as const);
    if (isDecision(found)) return found;
    const { participant, phase } = found;
    const aboutTeamId = phase.kind === "perspective" ? command.aboutTeamId : null;
    const column = phase.kind === "brainstorm" ? null : command.column;
    const invalid = placement(phase, column, aboutTeamId, state.assignments[phase.id]?.[participant.id], participant.teamId);
    if (invalid) return invalid;

    const cardId = nextId(state, "c");
    const anonymous = phase.kind !== "brainstorm" && phase.options.anonymous;
    return accept(
      [{ type: "card.added", cardId, phaseId: phase.id, authorId: participant.id, teamId: participant.teamId, text: command.text, column, aboutTeamId, anonymous }],
      { id: cardId },
    );
  },

  "card.edit"(state, command, ctx) {
    const card = changeable(state, command.cardId, ctx, true);
    if (isDecision(card)) return card;
    if (card.text === command.text) return accept([], { id: card.id });
    return accept([{ type: "card.edited", cardId: card.id, text: command.text }], { id: card.id });
  },

  "card.delete"(state, command, ctx) {
    const card = changeable(state, command.cardId, ctx, false);
    if (isDecision(card)) return card;
    // Other people's words went into it: deleting it would take theirs off the wall too.
    if (Object.values(state.cards).some((c) => c.mergedInto === card.id)) return reject("conflict", "mergedIntoThis");
    return accept([{ type: "card.deleted", cardId: card.id }, ...clearSpotlight(state, card.id)], { id: card.id });
  },

  "card.setHidden"(state, command, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const card = state.cards[command.cardId];
    if (!card) return reject("not_found", "cardGone");
    if (card.hidden === command.hidden) return accept([], { id: card.id });
    if (!command.hidden) return accept([{ type: "card.unhidden", cardId: card.id }], { id: card.id });
    return accept([{ type: "card.hidden", cardId: card.id }, ...clearSpotlight(state, card.id)], { id: card.id });
  },

  "card.merge"(state, { cardId, intoCardId }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    const card = state.cards[cardId];
    const into = state.cards[intoCardId];
    if (!card || !into) return reject("not_found", "cardGone");
    if (card.id === into.id || card.phaseId !== into.phaseId) return reject("invalid_input", "mergeSamePhase");
    if (into.mergedInto) return reject("invalid_input", "mergeIntoMerged");
    if (card.mergedInto === into.id) return accept([], { id: into.id });
    return accept([{ type: "card.merged", cardId: card.id, intoCardId: into.id }, ...clearSpotlight(state, card.id)], { id: into.id });
  },

  "card.react"(state, { cardId, reaction }, { actor }) {
    const participant = activeParticipant(state, actor);
    if (isDecision(participant)) return participant;
    const ended = notEnded(state);
    if (ended) return ended;
    const card = state.cards[cardId];
    // Only a card this person holds can be reacted to (not a private card before the reveal).
    const visible = card && cardFor(card, state, { role: "participant", participantId: participant.id });
    if (!card || !visible || card.mergedInto) return reject("not_found", "cardGone");
    const current = state.reactions[card.id]?.[participant.id] ?? null;
    if (current === reaction) return accept([], { id: card.id });
    return accept([{ type: "card.reacted", cardId: card.id, participantId: participant.id, reaction }], { id: card.id });
  },
};
