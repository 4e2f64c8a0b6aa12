import pg from "pg";
import { DomainEventSchema, type StoredEvent } from "@/lib/domain";
import { ConflictError, CorruptLogError, StoreUnavailableError, type EventStore } from "./eventStore";
import { MIGRATION_LOCK, POSTGRES_MIGRATIONS } from "./postgresMigrations";

interface Row {
  seq: number;
  /** BIGINT arrives as a string: ms since the epoch fit a JS number exactly. */
  at: string;
  actor: string;
  command_id: string | null;
  result_id: string | null;
  data: string;
}

export interface PostgresOptions {
  /** Errors of idle connections (the database restarted): logged, the pool replaces them. */
  log?: (err: unknown) => void;
  /** Connections kept at most; each server process has its own pool. */
  maxConnections?: number;
}

/**
 * The shared store for running several Onside processes (DATABASE_URL). Same contract as SQLite:
 * an append lands whole or not at all, only if the log still ends where the caller saw it end, and
 * is durable once it resolves (a committed transaction). Other processes append to the same logs,
 * so rooms catch up before they decide (`shared`).
 */
export class PostgresStore implements EventStore {
  readonly kind = "postgres" as const;
  readonly shared = true;

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and brings the schema up to date; fails with StoreUnavailableError if unreachable. */
  static async open(connectionString: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString,
      max: options.maxConnections ?? 10,
      application_name: "onside",
      // A database that does not answer must fail a command ("unavailable", sent again by the
      // client), not hold a workshop's queue forever.
      connectionTimeoutMillis: 5000,
      statement_timeout: 10_000,
      keepAlive: true,
    });
    // Without a listener, a dropped idle connection would crash the process.
    pool.on("error", (err) => (options.log ?? console.error)(err));
    try {
      await migrate(pool);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
    return new PostgresStore(pool);
  }

  async append(code: string, expectedSeq: number, events: readonly StoredEvent[]): Promise<void> {
    events.forEach((e, i) => {
      if (e.seq !== expectedSeq + 1 + i) throw new Error(`Event ${e.seq} out of order in ${code}`);
    });
    try {
      if (events.length === 0) {
        const actual = await this.lastSeq(code);
        if (actual !== expectedSeq) throw conflict(code, expectedSeq, actual);
        return;
      }
      // One statement, so one atomic step: the rows go in only if the log ends at `expectedSeq`.
      // Two servers that both saw it end there both try seq expectedSeq+1; the primary key lets one
      // through and the other fails with a unique violation, i.e. ConflictError.
      const inserted = await this.pool.query(
        `INSERT INTO events (workshop, seq, at, actor, command_id, result_id, type, data)
         SELECT $1, e.seq, e.at, e.actor, e.command_id, e.result_id, e.type, e.data
         FROM unnest($3::int[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
              AS e(seq, at, actor, command_id, result_id, type, data)
         WHERE (SELECT COALESCE(MAX(seq), 0) FROM events WHERE workshop = $1) = $2`,
        [
          code,
          expectedSeq,
          events.map((e) => e.seq),
          events.map((e) => e.at),
          events.map((e) => e.actor),
          events.map((e) => e.commandId),
          events.map((e) => e.resultId),
          events.map((e) => e.event.type),
          events.map((e) => JSON.stringify(e.event)),
        ],
      );
      if (inserted.rowCount !== events.length) throw conflict(code, expectedSeq, await this.lastSeq(code));
    } catch (err) {
      throw translate(err);
    }
  }

  async load(code: string, afterSeq = 0): Promise<StoredEvent[]> {
    let rows: Row[];
    try {
      const result = await this.pool.query<Row>(
        "SELECT seq, at, actor, command_id, result_id, data FROM events WHERE workshop = $1 AND seq > $2 ORDER BY seq",
        [code, afterSeq],
      );
      rows = result.rows;
    } catch (err) {
      throw translate(err);
    }
    return rows.map((row) => {
      const parsed = DomainEventSchema.safeParse(safeJson(row.data));
      if (!parsed.success) {
        throw new CorruptLogError(`Workshop ${code}: event ${row.seq} cannot be read (${parsed.error.issues[0]?.message})`);
      }
      return { seq: row.seq, at: Number(row.at), actor: row.actor, commandId: row.command_id, resultId: row.result_id, event: parsed.data };
    });
  }

  /**
   * Deleted rows are gone for every query at once; their space is reclaimed by autovacuum, which
   * PostgreSQL runs by itself. (Unlike SQLite's secure_delete, nothing here overwrites the pages.)
   */
  async remove(code: string): Promise<number> {
    try {
      const result = await this.pool.query("DELETE FROM events WHERE workshop = $1", [code]);
      return result.rowCount ?? 0;
    } catch (err) {
      throw translate(err);
    }
  }

  async idleSince(before: number): Promise<string[]> {
    try {
      // Walks the primary key from one workshop to the next (one index seek each) and reads each
      // one's last event, instead of grouping every event of every workshop.
      const result = await this.pool.query<{ code: string }>(
        `WITH RECURSIVE w(code) AS (
           (SELECT workshop FROM events ORDER BY workshop LIMIT 1)
           UNION ALL
           SELECT (SELECT workshop FROM events WHERE workshop > w.code ORDER BY workshop LIMIT 1)
           FROM w WHERE w.code IS NOT NULL
         )
         SELECT code FROM w
         WHERE code IS NOT NULL
           AND (SELECT at FROM events WHERE workshop = w.code ORDER BY seq DESC LIMIT 1) < $1`,
        [before],
      );
      return result.rows.map((r) => r.code);
    } catch (err) {
      throw translate(err);
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  private async lastSeq(code: string): Promise<number> {
    const result = await this.pool.query<{ seq: number }>("SELECT COALESCE(MAX(seq), 0) AS seq FROM events WHERE workshop = $1", [code]);
    return result.rows[0]?.seq ?? 0;
  }
}

/**
 * Applies the pending schema versions in one transaction, under an advisory lock: two servers
 * starting at once take turns, and the second finds everything applied. A failed version leaves
 * the schema as it was, to be tried again at the next start.
 */
async function migrate(pool: pg.Pool): Promise<void> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    throw translate(err);
  }
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
    const applied = new Set((await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
    for (const [index, sql] of POSTGRES_MIGRATIONS.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      await client.query(sql);
      await client.query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [version, Date.now()]);
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw translate(err);
  } finally {
    client.release();
  }
}

function conflict(code: string, expected: number, actual: number): ConflictError {
  return new ConflictError(`Workshop ${code}: expected the log to end at ${expected}, it ends at ${actual}`);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Messages of the driver itself (no SQLSTATE) when the database cannot be reached. */
const CONNECTION_LOST =
  /Connection terminated|timeout exceeded when trying to connect|Connection timeout|connection error|not queryable|Query read timeout|pool after calling end/i;

/**
 * Maps PostgreSQL's failures onto the store's: a lost race, or a database that cannot be used now
 * (unreachable, shutting down, out of disk, read-only, a statement cancelled by the timeout).
 */
function translate(err: unknown): Error {
  if (err instanceof ConflictError || err instanceof StoreUnavailableError || err instanceof CorruptLogError) return err;
  const code = String((err as { code?: unknown }).code ?? "");
  const message = err instanceof Error ? err.message : String(err);
  // unique_violation: another writer took that sequence number first.
  if (code === "23505") return new ConflictError("Another writer appended at the same sequence number");
  // SQLSTATE classes 08 connection, 53 resources (disk full), 57 operator intervention (shutdown,
  // statement timeout), 58 system error; 25006 read-only; 40001/40P01 serialization, deadlock.
  if (/^(08|53|57|58)[0-9A-Z]{3}$/.test(code) || code === "25006" || code === "40001" || code === "40P01") {
    return new StoreUnavailableError(`The database cannot be used now (${code}: ${message})`);
  }
  // Socket errors (ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND…) and the driver's own.
  if (/^E[A-Z_]+$/.test(code) || CONNECTION_LOST.test(message)) {
    return new StoreUnavailableError(`The database cannot be reached now (${code || message})`);
  }
  return err instanceof Error ? err : new Error(message);
}
