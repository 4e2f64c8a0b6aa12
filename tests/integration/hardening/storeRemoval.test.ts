import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWorkshop, type StoredEvent } from "@/lib/domain";
import { SqliteStore } from "@/server/store/sqliteStore";

/**
 * `count` events of a workshop whose last one happened at `lastAt`: its creation (with a
 * recognisable title), then placeholders.
 */
function events(code: string, lastAt: number, count = 3): StoredEvent[] {
  const created = createWorkshop({ title: `${code} private title`, teams: ["Sales", "IT"] }, { code, facilitatorTokenHash: "f".repeat(64) });
  return Array.from({ length: count }, (_, i) => ({
    seq: i + 1,
    at: lastAt - (count - 1 - i) * 1000,
    actor: "facilitator",
    commandId: null,
    resultId: null,
    event: i === 0 ? created : { type: "redacted" },
  }));
}

describe("the SQLite store deletes a workshop whole, and finds idle ones", () => {
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

  it("removes every event of one workshop and no other's", async () => {
    await store.append("AAAAAA", 0, events("AAAAAA", 5000));
    await store.append("BBBBBB", 0, events("BBBBBB", 5000));
    expect(await store.remove("AAAAAA")).toBe(3);
    expect(await store.load("AAAAAA")).toEqual([]);
    expect(await store.load("BBBBBB")).toHaveLength(3);
    expect(await store.remove("AAAAAA")).toBe(0);
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

  it("names the workshops whose last event is older than a moment, by their last event only", async () => {
    await store.append("OLDOLD", 0, events("OLDOLD", 1_000));
    await store.append("NEWNEW", 0, events("NEWNEW", 9_000));
    // Began long ago, but still in use: its last event counts, not its first.
    await store.append("LONGER", 0, [...events("LONGER", 1_000), { ...events("LONGER", 9_500)[0]!, seq: 4 }]);
    expect(await store.idleSince(5_000)).toEqual(["OLDOLD"]);
    expect((await store.idleSince(10_000)).sort()).toEqual(["LONGER", "NEWNEW", "OLDOLD"]);
    expect(await store.idleSince(0)).toEqual([]);
  });

  it("finds nothing in an empty store", async () => {
    expect(await store.idleSince(Date.now())).toEqual([]);
  });
});
