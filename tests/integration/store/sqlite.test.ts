import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EventStore } from "@/server/store/eventStore";
import { SqliteStore } from "@/server/store/sqliteStore";
import { until } from "../../helpers/wait";
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

  it("copies its log back into the database file as it goes, not only when it closes", async () => {
    const file = path.join(dir, "onside.sqlite");
    const before = statSync(file).size;
    // Two hundred commands, a commit each: fewer pages than would make SQLite copy it in a commit.
    for (let seq = 1; seq <= 200; seq++) await store.append("DDDDDD", seq - 1, events("DDDDDD", 5000 + seq, 1, seq));
    await until(() => statSync(file).size > before, "the events to reach the database file");
    expect((await store.load("DDDDDD")).length).toBe(200);
  });

  it("is a store of this process alone", () => {
    expect(store.kind).toBe("sqlite");
    const asStore: EventStore = store;
    expect(asStore.shared).toBeFalsy();
  });
});
