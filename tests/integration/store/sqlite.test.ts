import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EventStore } from "@/server/store/eventStore";
import { SqliteStore } from "@/server/store/sqliteStore";
import { eventStoreContract, events } from "./contract";

eventStoreContract("SQLite", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "onside-store-"));
  let store = SqliteStore.open(dir);
  return {
    store,
    reopen: async () => {
      await store.close();
      store = SqliteStore.open(dir);
      return store;
    },
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe("the SQLite store on disk", () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "onside-store-"));
    store = SqliteStore.open(dir);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("leaves no copy of a deleted workshop's text in the database files", async () => {
    await store.append("CCCCCC", 0, events("CCCCCC", 5000, 50));
    await store.remove("CCCCCC");
    await store.close();
    for (const file of readdirSync(dir)) {
      expect(readFileSync(path.join(dir, file)).includes("CCCCCC private title")).toBe(false);
    }
    store = SqliteStore.open(dir);
  });

  it("is a store of this process alone", () => {
    expect(store.kind).toBe("sqlite");
    const asStore: EventStore = store;
    expect(asStore.shared).toBeFalsy();
  });
});
