import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createOnside, type Onside, type OnsideOptions } from "@/server/app";
import type { EventStore } from "@/server/store/eventStore";
import { SqliteStore } from "@/server/store/sqliteStore";

export interface TestServer {
  onside: Onside;
  url: string;
  dataDir: string;
  /** Closes this server and starts a new one on the same data directory (and a new port). */
  restart(): Promise<TestServer>;
  stop(): Promise<void>;
  /** Stops and removes the data directory. */
  dispose(): Promise<void>;
}

export interface TestServerOptions extends Partial<Omit<OnsideOptions, "store">> {
  /** The store on the data directory: SQLite unless a test wraps or replaces it. */
  store?: (dataDir: string) => EventStore;
}

/** A real Onside server (API + Socket.IO, no pages) on a free loopback port. */
export async function startServer(dataDir = mkdtempSync(path.join(tmpdir(), "onside-test-")), options: TestServerOptions = {}): Promise<TestServer> {
  const { store = SqliteStore.open, ...rest } = options;
  const onside = createOnside({
    publicUrl: "http://127.0.0.1:9",
    log: () => {},
    ...rest,
    store: store(dataDir),
  });
  const port = await onside.listen(0, "127.0.0.1");
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // As server/main.ts stops: the commands in hand finished and answered first.
    await onside.rooms.close();
    await onside.close();
  };
  return {
    onside,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    stop,
    restart: async () => {
      await stop();
      return startServer(dataDir, options);
    },
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
