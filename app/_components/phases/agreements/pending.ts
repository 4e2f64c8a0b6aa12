import type { PendingCommand } from "@/lib/client/outbox";

/** What the outbox still holds for agreements, so nothing a person did seems lost. */
export interface PendingAgreementWork {
  /** The newest "I'm in" / "not in" asked for each agreement. */
  endorse: Map<string, boolean>;
  created: number;
  updated: Set<string>;
  deleted: Set<string>;
}

export function pendingAgreementWork(pending: readonly PendingCommand[], phaseId: string): PendingAgreementWork {
  const work: PendingAgreementWork = { endorse: new Map(), created: 0, updated: new Set(), deleted: new Set() };
  for (const { command } of pending) {
    if (command.type === "agreement.endorse") work.endorse.set(command.agreementId, command.endorsed);
    else if (command.type === "agreement.create" && command.phaseId === phaseId) work.created += 1;
    else if (command.type === "agreement.update") work.updated.add(command.agreementId);
    else if (command.type === "agreement.delete") work.deleted.add(command.agreementId);
  }
  return work;
}
