import type { PendingCommand } from "@/lib/client/outbox";

const SHORT = 48;

/** What the facilitator just asked for, so it shows at once; the server's answer follows. */
export function pendingModeration(pending: readonly PendingCommand[]) {
  const hiding = new Map<string, boolean>();
  const edits = new Map<string, string>();
  const merging = new Set<string>();
  for (const { command } of pending) {
    if (command.type === "card.setHidden") hiding.set(command.cardId, command.hidden);
    if (command.type === "card.edit") edits.set(command.cardId, command.text);
    if (command.type === "card.merge") merging.add(command.cardId);
  }
  const status = (cardId: string) => (merging.has(cardId) ? "Merging…" : edits.has(cardId) ? "Saving…" : undefined);
  return { hiding, edits, merging, status };
}

/** A card's text on one short line, for the "Merge into…" list. */
export function shortLabel(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > SHORT ? `${line.slice(0, SHORT - 1)}…` : line;
}
