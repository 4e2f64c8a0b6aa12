import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { DomainEventSchema, type StoredEvent } from "@/lib/domain";
import { ConflictError, CorruptLogError, StoreUnavailableError, type EventStore } from "./eventStore";
import { SQLITE_MIGRATIONS } from "./sqliteMigrations";

interface Row {
  seq: number;
  at: number;
  actor: string;
  command_id: string | null;
  result_id: string | null;
  data: string;
}

/**
 * The embedded default: one SQLite file under DATA_DIR, in WAL mode. A transaction is on disk
 * when `commit` returns, so a process killed right after an acknowledgement has lost nothing.
 */
export class SqliteStore implements EventStore {
  readonly kind = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly last: Database.Statement;
  private readonly select: Database.Statement;
  private readonly deleteAll: Database.Statement;
  private readonly lastEvents: Database.Statement;
  /** Made once: better-sqlite3 builds a wrapper for each function it is given. */
  private readonly write: (code: string, expectedSeq: number, events: readonly StoredEvent[]) => void;

  private constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    // NORMAL in WAL mode survives a crashed process; FULL would also survive a power cut, at a
    // cost per write. Acknowledged events must survive `kill -9`, so NORMAL is the floor.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 5000");
    // A deleted workshop is overwritten on disk, not just unlinked from the tree: its text does not
    // linger in free pages. Events are only ever deleted whole, so this costs nothing otherwise.
    this.db.pragma("secure_delete = ON");
    migrate(this.db);
    this.insert = this.db.prepare(
      "INSERT INTO events (workshop, seq, at, actor, command_id, result_id, type, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.last = this.db.prepare("SELECT COALESCE(MAX(seq), 0) AS seq FROM events WHERE workshop = ?").pluck();
    this.select = this.db.prepare(
      "SELECT seq, at, actor, command_id, result_id, data FROM events WHERE workshop = ? AND seq > ? ORDER BY seq",
    );
    this.deleteAll = this.db.prepare("DELETE FROM events WHERE workshop = ?");
    // Walks the primary key from one workshop to the next (one index seek each) and reads each one's
    // last event, instead of grouping every event of every workshop.
    this.lastEvents = this.db.prepare(
      `WITH RECURSIVE w(code) AS (
         SELECT MIN(workshop) FROM events
         UNION ALL
         SELECT (SELECT MIN(workshop) FROM events WHERE workshop > w.code) FROM w WHERE w.code IS NOT NULL
       )
       SELECT code FROM w
       WHERE code IS NOT NULL
         AND (SELECT at FROM events WHERE workshop = w.code ORDER BY seq DESC LIMIT 1) < ?`,
    ).pluck();
    this.write = this.db.transaction((code: string, expectedSeq: number, events: readonly StoredEvent[]) => {
      const actual = this.last.get(code) as number;
      if (actual !== expectedSeq) throw new ConflictError(`Workshop ${code}: expected the log to end at ${expectedSeq}, it ends at ${actual}`);
      events.forEach((e, i) => {
        if (e.seq !== expectedSeq + 1 + i) throw new Error(`Event ${e.seq} out of order in ${code}`);
        this.insert.run(code, e.seq, e.at, e.actor, e.commandId, e.resultId, e.event.type, JSON.stringify(e.event));
      });
    });
  }

  static open(dataDir: string): SqliteStore {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteStore(path.join(dataDir, "onside.sqlite"));
  }

  async append(code: string, expectedSeq: number, events: readonly StoredEvent[]): Promise<void> {
    try {
      this.write(code, expectedSeq, events);
    } catch (err) {
      throw translate(err);
    }
  }

  async load(code: string, afterSeq = 0): Promise<StoredEvent[]> {
    let rows: Row[];
    try {
      rows = this.select.all(code, afterSeq) as Row[];
    } catch (err) {
      throw translate(err);
    }
    return rows.map((row) => {
      const parsed = DomainEventSchema.safeParse(safeJson(row.data));
      if (!parsed.success) {
        throw new CorruptLogError(`Workshop ${code}: event ${row.seq} cannot be read (${parsed.error.issues[0]?.message})`);
      }
      return { seq: row.seq, at: row.at, actor: row.actor, commandId: row.command_id, resultId: row.result_id, event: parsed.data };
    });
  }

  async remove(code: string): Promise<number> {
    try {
      const removed = this.deleteAll.run(code).changes;
      // The WAL still holds copies of the deleted pages until a checkpoint writes them back.
      if (removed > 0) this.db.pragma("wal_checkpoint(TRUNCATE)");
      return removed;
    } catch (err) {
      throw translate(err);
    }
  }

  async idleSince(before: number): Promise<string[]> {
    try {
      return this.lastEvents.all(before) as string[];
    } catch (err) {
      throw translate(err);
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function migrate(db: Database.Database): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
  const applied = new Set(db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[]);
  for (const [index, sql] of SQLITE_MIGRATIONS.entries()) {
    const version = index + 1;
    if (applied.has(version)) continue;
    db.transaction(() => {
      db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(version, Date.now());
    })();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Maps SQLite's failures onto the store's: a lost race, or a store that cannot write now. */
function translate(err: unknown): Error {
  if (err instanceof ConflictError) return err;
  const code = (err as { code?: string }).code ?? "";
  if (code === "SQLITE_CONSTRAINT_PRIMARYKEY") return new ConflictError("Another writer appended at the same sequence number");
  if (/^SQLITE_(FULL|IOERR|BUSY|LOCKED|CANTOPEN|READONLY|NOMEM)/.test(code)) {
    return new StoreUnavailableError(`The database cannot be written now (${code})`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
