import type { PendingCommand } from "@/lib/client/outbox";
import { pendingCardWork, type PendingCardWork } from "../../cards/pendingCards";

export interface PendingPerspectiveCard {
  id: string;
  text: string;
  column: string | null;
  aboutTeamId: string | null;
}

/** What the outbox still holds for a perspective phase, with the column and team of each new card. */
export function pendingPerspective(
  pending: readonly PendingCommand[],
  phaseId: string,
): Omit<PendingCardWork, "added"> & { added: PendingPerspectiveCard[] } {
  const work = pendingCardWork(pending, phaseId);
  const added: PendingPerspectiveCard[] = [];
  for (const { id, command } of pending) {
    if (command.type !== "card.add" || command.phaseId !== phaseId) continue;
    added.push({ id, text: command.text, column: command.column ?? null, aboutTeamId: command.aboutTeamId ?? null });
  }
  return { ...work, added };
}
