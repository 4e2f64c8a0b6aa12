import { randomBytes } from "node:crypto";
import pg from "pg";
import { createClient } from "redis";

/**
 * PostgreSQL and Redis for the tests of several servers. Where they are not running (a laptop),
 * those tests are skipped and say why; with REQUIRE_SCALE_TESTS=1 (CI) a missing service fails
 * the run instead. Only test-specific variables are read, never DATABASE_URL or REDIS_URL, so a
 * real database can never be touched by a test.
 */
export const TEST_POSTGRES_URL = process.env.ONSIDE_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const TEST_REDIS_URL = process.env.ONSIDE_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const required = process.env.REQUIRE_SCALE_TESTS === "1";

export type Availability = { ok: true } | { ok: false; reason: string };

async function probePostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (err) {
    return `PostgreSQL at ${redact(TEST_POSTGRES_URL)} (ONSIDE_TEST_POSTGRES_URL): ${(err as Error).message || String(err)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function probeRedis(): Promise<string | null> {
  const client = createClient({ url: TEST_REDIS_URL, socket: { connectTimeout: 3000, reconnectStrategy: false } });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (err) {
    return `Redis at ${redact(TEST_REDIS_URL)} (ONSIDE_TEST_REDIS_URL): ${(err as Error).message || String(err)}`;
  } finally {
    client.destroy();
  }
}

/**
 * Whether the services `needs` names answer. Prints the reason once when they do not; throws
 * instead when REQUIRE_SCALE_TESTS=1, so CI cannot pass by skipping.
 */
export async function scaleServices(what: string, needs: { postgres?: boolean; redis?: boolean }): Promise<Availability> {
  const problems = (await Promise.all([needs.postgres ? probePostgres() : null, needs.redis ? probeRedis() : null])).filter(
    (p): p is string => p !== null,
  );
  if (problems.length === 0) return { ok: true };
  const reason = problems.join("; ");
  if (required) throw new Error(`REQUIRE_SCALE_TESTS=1 but ${what} cannot run: ${reason}`);
  console.warn(`\n  Skipped: ${what}, because ${reason}.\n  Start PostgreSQL and Redis (or set ONSIDE_TEST_POSTGRES_URL / ONSIDE_TEST_REDIS_URL) to run them.\n`);
  return { ok: false, reason };
}

export interface TestDatabase {
  url: string;
  name: string;
  /** Drops this database (and only it), closing whatever still uses it. */
  drop(): Promise<void>;
}

/** A new, empty database of its own for one test file: onside_test_<random>. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `onside_test_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A prefix of Redis channels and keys of one test file: servers with it form one cluster. */
export function testRedisPrefix(): string {
  return `onside-test-${randomBytes(6).toString("hex")}`;
}

/**
 * Deletes the keys under a test's prefix (the adapter itself keeps none; this makes sure nothing
 * of a test run is left behind), never any other key.
 */
export async function flushRedisPrefix(prefix: string): Promise<void> {
  const client = createClient({ url: TEST_REDIS_URL });
  client.on("error", () => undefined);
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) {
      if (keys.length > 0) await client.del(keys);
    }
  } finally {
    client.destroy();
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}
