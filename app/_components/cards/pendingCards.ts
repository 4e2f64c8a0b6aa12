import type { PendingCommand } from "@/lib/client/outbox";

/** What the outbox still holds for the cards of one phase, so the UI can show it as on its way. */
export interface PendingCardWork {
  added: { id: string; text: string; column: string | null }[];
  /** The newest text sent for each card. */
  edits: Map<string, string>;
  deletes: Set<string>;
}

export function pendingCardWork(pending: readonly PendingCommand[], phaseId: string): PendingCardWork {
  const work: PendingCardWork = { added: [], edits: new Map(), deletes: new Set() };
  for (const { id, command } of pending) {
    if (command.type === "card.add" && command.phaseId === phaseId) work.added.push({ id, text: command.text, column: command.column ?? null });
    else if (command.type === "card.edit") work.edits.set(command.cardId, command.text);
    else if (command.type === "card.delete") work.deletes.add(command.cardId);
  }
  return work;
}
