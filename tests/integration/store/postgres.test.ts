import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { ConflictError, StoreUnavailableError } from "@/server/store/eventStore";
import { POSTGRES_MIGRATIONS } from "@/server/store/postgresMigrations";
import { PostgresStore } from "@/server/store/postgresStore";
import { CuttableProxy } from "../../helpers/proxy";
import { createTestDatabase, scaleServices, TEST_POSTGRES_URL, type TestDatabase } from "../../helpers/scaleServices";
import { eventStoreContract, events } from "./contract";

const services = await scaleServices("the PostgreSQL store tests", { postgres: true });

describe.skipIf(!services.ok)("PostgreSQL", () => {
  // One fresh database for this file, dropped at the end; each test empties the table it uses.
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  eventStoreContract("PostgreSQL", async () => {
    let store = await PostgresStore.open(db.url);
    await truncate(db.url);
    return {
      store,
      reopen: async () => {
        await store.close();
        store = await PostgresStore.open(db.url);
        return store;
      },
      dispose: () => store.close(),
    };
  });

  describe("the PostgreSQL store's schema and failures", () => {
    it("migrates once when several servers start at the same moment, and again finds nothing to do", async () => {
      const fresh = await createTestDatabase();
      try {
        const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open(fresh.url)));
        const again = await PostgresStore.open(fresh.url);
        const versions = await query<{ version: number }>(fresh.url, "SELECT version FROM schema_migrations ORDER BY version");
        expect(versions.map((v) => v.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
        // They all work on the one schema.
        await stores[0]!.append("AAAAAA", 0, events("AAAAAA", 5000, 1));
        await expect(stores[1]!.append("AAAAAA", 0, events("AAAAAA", 5000, 1))).rejects.toBeInstanceOf(ConflictError);
        expect(await again.load("AAAAAA")).toHaveLength(1);
        await Promise.all([...stores, again].map((s) => s.close()));
      } finally {
        await fresh.drop();
      }
    });

    it("says it is shared, so rooms catch up before deciding", async () => {
      const store = await PostgresStore.open(db.url);
      expect(store.kind).toBe("postgres");
      expect(store.shared).toBe(true);
      await store.close();
    });

    it("is unavailable, not broken, when the database cannot be reached at start", async () => {
      const url = new URL(db.url);
      url.port = "1"; // nothing listens there
      await expect(PostgresStore.open(url.toString())).rejects.toBeInstanceOf(StoreUnavailableError);
    });

    it("answers StoreUnavailableError while the database is away, having written nothing, and works again when it is back", async () => {
      const proxy = await CuttableProxy.start(Number(new URL(TEST_POSTGRES_URL).port || 5432));
      const url = new URL(db.url);
      url.hostname = "127.0.0.1";
      url.port = String(proxy.port);
      const store = await PostgresStore.open(url.toString(), { log: () => {} });
      try {
        await store.append("AWAYAA", 0, events("AWAYAA", 5000, 1));
        proxy.goOffline();
        await expect(store.append("AWAYAA", 1, events("AWAYAA", 6000, 1, 2))).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(store.load("AWAYAA")).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(store.idleSince(Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
        proxy.online();
        expect(await store.load("AWAYAA")).toHaveLength(1);
        await store.append("AWAYAA", 1, events("AWAYAA", 6000, 1, 2));
        expect(await store.load("AWAYAA")).toHaveLength(2);
      } finally {
        await store.close();
        await proxy.close();
      }
    });
  });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function truncate(url: string): Promise<void> {
  await query(url, "TRUNCATE events");
}
