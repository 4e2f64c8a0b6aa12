import type { PendingCommand } from "@/lib/client/outbox";

/** What the outbox still holds for a brainstorm, so nothing a person did seems lost. */
export interface PendingIdeaWork {
  added: { id: string; text: string }[];
  /** Dots on their way per idea: +1 per add, −1 per removal. */
  dots: Map<string, number>;
  /** The newest group asked for per idea (`null`: out of its group). */
  moves: Map<string, string | null>;
  newGroups: string[];
  closing: boolean;
}

export function pendingIdeaWork(pending: readonly PendingCommand[], phaseId: string): PendingIdeaWork {
  const work: PendingIdeaWork = { added: [], dots: new Map(), moves: new Map(), newGroups: [], closing: false };
  for (const { id, command } of pending) {
    switch (command.type) {
      case "card.add":
        if (command.phaseId === phaseId) work.added.push({ id, text: command.text });
        break;
      case "dot.add":
      case "dot.remove":
        if (command.phaseId === phaseId) work.dots.set(command.cardId, (work.dots.get(command.cardId) ?? 0) + (command.type === "dot.add" ? 1 : -1));
        break;
      case "card.group":
        work.moves.set(command.cardId, command.groupId);
        break;
      case "group.create":
        if (command.phaseId === phaseId) work.newGroups.push(command.title);
        break;
      case "vote.close":
        if (command.phaseId === phaseId) work.closing = true;
        break;
      default:
        break;
    }
  }
  return work;
}
