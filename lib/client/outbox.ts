import type { CommandInput } from "@/lib/domain";
import { randomToken } from "./identity";
import { readJson, type KeyValue } from "./storage";

export interface PendingCommand {
  id: string;
  command: CommandInput;
  queuedAt: number;
}

/**
 * Commands not yet acknowledged, kept in storage so that a reload or a dead battery between
 * "Post" and the server's answer loses nothing. Each keeps its id: the server applies a retried
 * command once.
 *
 * Two tabs of one person share it (one key per workshop and role). It is read afresh each time,
 * so neither tab writes over what the other queued: a card typed in one tab and not yet answered
 * survives the other tab's next post. A command either tab sends is carried out once, whichever
 * sends it, and a tab stops retrying one the other has seen answered.
 */
export class Outbox {
  /** What this tab queued, or found queued when it opened: what its page shows as "sending". */
  private readonly own: Set<string>;

  constructor(
    private readonly storage: KeyValue,
    private readonly key: string,
  ) {
    this.own = new Set(this.list().map((item) => item.id));
  }

  list(): readonly PendingCommand[] {
    return readJson<PendingCommand[]>(this.storage, this.key, []).filter(
      (item) => typeof item?.id === "string" && typeof item?.command?.type === "string",
    );
  }

  /** This tab's part of `list()`: the other tab shows its own, and its page shows them as they land. */
  mine(): readonly PendingCommand[] {
    return this.list().filter((item) => this.own.has(item.id));
  }

  add(command: CommandInput, now: number): PendingCommand {
    const item = { id: randomToken(12), command, queuedAt: now };
    this.own.add(item.id);
    this.save([...this.list(), item]);
    return item;
  }

  remove(id: string): void {
    this.save(this.list().filter((item) => item.id !== id));
  }

  private save(items: readonly PendingCommand[]): void {
    if (items.length === 0) this.storage.remove(this.key);
    else this.storage.set(this.key, JSON.stringify(items));
  }
}
