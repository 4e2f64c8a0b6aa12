import type { BeliefVote } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";

/** What the outbox still holds for beliefs, so a phone shows it as on its way, not as lost. */
export interface PendingBeliefWork {
  added: number;
  /** The newest vote sent per belief. */
  votes: Map<string, BeliefVote>;
  replies: Map<string, { id: string; text: string }[]>;
}

export function pendingBeliefWork(pending: readonly PendingCommand[], phaseId: string): PendingBeliefWork {
  const work: PendingBeliefWork = { added: 0, votes: new Map(), replies: new Map() };
  for (const { id, command } of pending) {
    if (command.type === "belief.add" && command.phaseId === phaseId) work.added += 1;
    else if (command.type === "belief.vote") work.votes.set(command.beliefId, command.vote);
    else if (command.type === "belief.reply") work.replies.set(command.beliefId, [...(work.replies.get(command.beliefId) ?? []), { id, text: command.text }]);
  }
  return work;
}
