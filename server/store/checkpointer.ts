import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * How often the log is copied back into the database file. Often enough that under a steady load
 * a checkpoint finds the log fully copied and SQLite starts it over (measured: every 100 ms at
 * 400 commits a second the log stayed at 1 MB; every second it grew without end, each checkpoint
 * finishing behind the writes that came meanwhile).
 */
const EVERY_MS = 100;

/**
 * Pages the log may hold before the server's own connection copies it back itself, in the middle
 * of a commit: only if the checkpointer is gone or cannot keep up. SQLite's default is 1,000.
 */
export const FALLBACK_CHECKPOINT_PAGES = 10_000;

/**
 * The checkpointer's own thread: a connection of its own that copies what the write-ahead log
 * holds back into the database file, beside the server's writes (a passive checkpoint never
 * waits for them nor makes them wait). Plain JavaScript, run as given: it needs nothing built.
 */
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 1000");
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (err) {
    parentPort.postMessage(String(err && err.message));
  }
}, workerData.everyMs);
parentPort.once("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Copies the SQLite write-ahead log back into the database file off the event loop. SQLite does it
 * by itself in the commit that fills the log past 1,000 pages, and that commit then waits for the
 * copy and two fsyncs: in bench (b), 400 commits a second, 54 of 24,000 commits took 15-19 ms
 * instead of 0.02, half of all the time SQLite took, and every command and broadcast behind them
 * waited as long. Here that wait is on a thread of its own.
 */
export class Checkpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(file: string, onError: (message: string) => void) {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    this.worker = new Worker(THREAD, { eval: true, workerData: { file, driver, everyMs: EVERY_MS } });
    this.worker.on("message", (message: string) => onError(message));
    this.worker.on("error", (err) => onError(err.message));
    this.exited = new Promise((resolve) => this.worker.once("exit", () => resolve()));
    // It never keeps the process alive: the server's own connection checkpoints when it closes.
    this.worker.unref();
  }

  /** Stops after the checkpoint in progress, if any, and closes its connection. */
  async stop(): Promise<void> {
    this.worker.postMessage("stop");
    await this.exited;
  }
}
