import path from "node:path";
import type { EventStore } from "./eventStore";
import { PostgresStore } from "./postgresStore";
import { SqliteStore } from "./sqliteStore";

export interface StoreSettings {
  /** A PostgreSQL URL: several server processes share it. Unset: one process, SQLite under DATA_DIR. */
  DATABASE_URL?: string;
  DATA_DIR: string;
}

/** The store the settings name: PostgreSQL when DATABASE_URL is set, else the embedded SQLite file. */
export async function openStore(settings: StoreSettings, log?: (err: unknown) => void): Promise<EventStore> {
  if (settings.DATABASE_URL) return PostgresStore.open(settings.DATABASE_URL, { log });
  return SqliteStore.open(path.resolve(settings.DATA_DIR));
}

/** Where the data lives, for the start-up banner: never the URL itself (it may hold a password). */
export function describeStore(settings: StoreSettings): string {
  if (!settings.DATABASE_URL) return path.resolve(settings.DATA_DIR);
  try {
    const url = new URL(settings.DATABASE_URL);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
