/** Schema versions, applied in order once each. Never edit one that has shipped: add the next. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE events (
     workshop   TEXT    NOT NULL,
     seq        INTEGER NOT NULL,
     at         INTEGER NOT NULL,
     actor      TEXT    NOT NULL,
     command_id TEXT,
     type       TEXT    NOT NULL,
     data       TEXT    NOT NULL,
     -- One event per workshop and number: the store itself refuses a forked log.
     PRIMARY KEY (workshop, seq)
   ) WITHOUT ROWID`,
  // A retried command is answered from the log: keep the id its first answer named.
  `ALTER TABLE events ADD COLUMN result_id TEXT`,
];
