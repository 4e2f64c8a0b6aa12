import { removeWorkshop, type RemovalDeps } from "./removal";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionOptions extends RemovalDeps {
  /** Workshops whose last event is older than this many days are deleted; 0 keeps them forever. */
  days: number;
  now: () => number;
  log: (err: unknown) => void;
  /** How often to look, after the first time at start. */
  everyMs?: number;
}

export interface Retention {
  /** Deletes what has expired now; resolves with the codes deleted. */
  sweep(): Promise<string[]>;
  /** Stops looking; resolves once a sweep under way has finished. */
  stop(): Promise<void>;
}

/**
 * Deletes workshops nobody has touched for `days` days: at start, then every hour. A workshop in
 * use is never old (its last event is recent), and the report's follow-up of agreements keeps
 * adding events while people use it.
 */
export function startRetention(options: RetentionOptions): Retention {
  let running: Promise<string[]> | null = null;
  const sweep = (): Promise<string[]> => {
    if (options.days <= 0) return Promise.resolve([]);
    // One sweep at a time: a slow disk must not start a second over the same workshops.
    running ??= (async () => {
      const codes = await options.store.idleSince(options.now() - options.days * DAY_MS);
      const deleted: string[] = [];
      for (const code of codes) {
        try {
          await removeWorkshop(code, options);
          deleted.push(code);
        } catch (err) {
          options.log(err);
        }
      }
      return deleted;
    })().finally(() => {
      running = null;
    });
    return running;
  };
  const run = () =>
    void sweep().catch((err: unknown) => {
      // The store is unavailable now: the next hour tries again.
      options.log(err);
    });

  if (options.days <= 0) return { sweep, stop: async () => {} };
  run();
  const timer = setInterval(run, options.everyMs ?? 60 * 60 * 1000);
  // The sweep never keeps the process alive on its own.
  timer.unref();
  return {
    sweep,
    stop: async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
