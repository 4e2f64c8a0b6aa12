import type { CommandInput } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";

/**
 * The newest value a pending command of one type asks for, so a toggle shows what was just
 * pressed before the server confirms it; `undefined` when nothing of the kind is on its way.
 */
export function pendingWish<T extends CommandInput["type"], V>(
  pending: readonly PendingCommand[],
  type: T,
  pick: (command: Extract<CommandInput, { type: T }>) => V | undefined,
): V | undefined {
  let wish: V | undefined;
  for (const { command } of pending) {
    if (command.type !== type) continue;
    const value = pick(command as Extract<CommandInput, { type: T }>);
    if (value !== undefined) wish = value;
  }
  return wish;
}
