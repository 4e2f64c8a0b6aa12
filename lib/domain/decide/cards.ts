import type { CommandOf } from "../commands";
import type { Card, WorkshopState } from "../model";
import { phaseIndex } from "../selectors";
import { accept, nextId, participantOf, reject, type DecideContext, type Decision } from "./decision";

export function decideCardAdd(
  state: WorkshopState,
  command: CommandOf<"card.add">,
  { actor }: DecideContext,
): Decision {
  // AUTH
  const authorId = participantOf(actor);
  const author = authorId ? state.participants[authorId] : undefined;
  if (!authorId || !author) return reject("forbidden", "Join the workshop to post cards.");

  // VALIDATION: a card written offline still lands in the phase it was written for, as long as
  // the room has reached that phase, so that nothing typed on a flaky connection is lost.
  const phase = state.agenda.find((p) => p.id === command.phaseId);
  if (!phase || phase.kind !== "cards") return reject("not_found", "That phase does not take cards.");
  if (phaseIndex(state, phase.id) > phaseIndex(state, state.currentPhaseId)) {
    return reject("closed", "That phase has not started yet.");
  }

  // RESOLUTION
  const cardId = nextId(state, "c");
  return accept(
    [
      {
        type: "card.added",
        cardId,
        phaseId: phase.id,
        authorId,
        teamId: author.teamId,
        text: command.text,
      },
    ],
    { id: cardId },
  );
}

/** The author's own card, or the reason it cannot be touched. A hidden card is gone for them. */
function ownCard(state: WorkshopState, cardId: string, ctx: DecideContext): Card | Decision {
  const authorId = participantOf(ctx.actor);
  if (!authorId) return reject("forbidden", "Only the author can change a card.");
  const card = state.cards[cardId];
  if (!card || card.hidden) return reject("not_found", "That card does not exist (any more).");
  if (card.authorId !== authorId) return reject("forbidden", "Only the author can change a card.");
  return card;
}

function isDecision(value: Card | Decision): value is Decision {
  return "ok" in value;
}

export function decideCardEdit(
  state: WorkshopState,
  command: CommandOf<"card.edit">,
  ctx: DecideContext,
): Decision {
  const card = ownCard(state, command.cardId, ctx);
  if (isDecision(card)) return card;
  if (card.text === command.text) return accept([], { id: card.id });
  return accept([{ type: "card.edited", cardId: card.id, text: command.text }], { id: card.id });
}

export function decideCardDelete(
  state: WorkshopState,
  command: CommandOf<"card.delete">,
  ctx: DecideContext,
): Decision {
  const card = ownCard(state, command.cardId, ctx);
  if (isDecision(card)) return card;
  return accept([{ type: "card.deleted", cardId: card.id }], { id: card.id });
}

export function decideCardSetHidden(
  state: WorkshopState,
  command: CommandOf<"card.setHidden">,
  { actor }: DecideContext,
): Decision {
  // AUTH
  if (actor.role !== "facilitator") return reject("forbidden", "Only the facilitator can hide cards.");

  // VALIDATION
  const card = state.cards[command.cardId];
  if (!card) return reject("not_found", "That card does not exist (any more).");

  // RESOLUTION
  if (card.hidden === command.hidden) return accept([], { id: card.id });
  const type = command.hidden ? "card.hidden" : "card.unhidden";
  return accept([{ type, cardId: card.id }], { id: card.id });
}
