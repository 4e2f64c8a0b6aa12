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
 */
export class Outbox {
  private items: PendingCommand[];

  constructor(
    private readonly storage: KeyValue,
    private readonly key: string,
  ) {
    this.items = readJson<PendingCommand[]>(storage, key, []).filter(
      (item) => typeof item?.id === "string" && typeof item?.command?.type === "string",
    );
  }

  list(): readonly PendingCommand[] {
    return this.items;
  }

  add(command: CommandInput, now: number): PendingCommand {
    const item = { id: randomToken(12), command, queuedAt: now };
    this.items = [...this.items, item];
    this.save();
    return item;
  }

  remove(id: string): void {
    this.items = this.items.filter((item) => item.id !== id);
    this.save();
  }

  private save(): void {
    if (this.items.length === 0) this.storage.remove(this.key);
    else this.storage.set(this.key, JSON.stringify(this.items));
  }
}
