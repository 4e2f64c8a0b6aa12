import type { PendingCommand } from "@/lib/client/outbox";
import type { Translate } from "@/lib/i18n";

const SHORT = 48;

/**
 * What the facilitator just asked for, so it shows at once; the server's answer follows. `t` (the
 * "facilitator" area) words the cards' status in the page's language.
 */
export function pendingModeration(pending: readonly PendingCommand[], t: Translate<"facilitator">) {
  const hiding = new Map<string, boolean>();
  const edits = new Map<string, string>();
  const merging = new Set<string>();
  for (const { command } of pending) {
    if (command.type === "card.setHidden") hiding.set(command.cardId, command.hidden);
    if (command.type === "card.edit") edits.set(command.cardId, command.text);
    if (command.type === "card.merge") merging.add(command.cardId);
  }
  const status = (cardId: string) => (merging.has(cardId) ? t("merging") : edits.has(cardId) ? t("saving") : undefined);
  return { hiding, edits, merging, status };
}

/** A card's text on one short line, for the "Merge into…" list. */
export function shortLabel(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > SHORT ? `${line.slice(0, SHORT - 1)}…` : line;
}
