/**
 * Schema versions for PostgreSQL, applied in order once each, all pending ones in one transaction.
 * Never edit one that has shipped: add the next. The same table as SQLite's, so both stores keep
 * one log per workshop with the same columns.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE events (
     workshop   TEXT    NOT NULL,
     seq        INTEGER NOT NULL,
     at         BIGINT  NOT NULL,
     actor      TEXT    NOT NULL,
     command_id TEXT,
     result_id  TEXT,
     type       TEXT    NOT NULL,
     data       TEXT    NOT NULL,
     -- One event per workshop and number: two servers appending at once can never fork a log.
     PRIMARY KEY (workshop, seq)
   )`,
];

/**
 * Key of the advisory lock held while migrating, so two servers starting at once do not both
 * create the tables: the second waits, then finds the versions applied. Any fixed number works;
 * this one spells "onside" in ASCII.
 */
export const MIGRATION_LOCK = 0x6f6e73696465;
