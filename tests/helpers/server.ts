import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createOnside, type Onside } from "@/server/app";
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

/** A real Onside server (API + Socket.IO, no pages) on a free loopback port. */
export async function startServer(dataDir = mkdtempSync(path.join(tmpdir(), "onside-test-"))): Promise<TestServer> {
  const onside = createOnside({
    store: SqliteStore.open(dataDir),
    publicUrl: "http://127.0.0.1:9",
    log: () => {},
  });
  const port = await onside.listen(0, "127.0.0.1");
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await onside.close();
  };
  return {
    onside,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    stop,
    restart: async () => {
      await stop();
      return startServer(dataDir);
    },
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
