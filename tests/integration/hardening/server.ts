import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createOnside, type Onside, type OnsideOptions, type Pages } from "@/server/app";
import { SqliteStore } from "@/server/store/sqliteStore";

export interface HardenedServer {
  onside: Onside;
  store: SqliteStore;
  url: string;
  dataDir: string;
  dispose(): Promise<void>;
}

/**
 * A real Onside server (API + Socket.IO) on a free loopback port, with the options under test:
 * small limits, a creation key, a retention period, a clock, a logger, pages.
 */
export async function startHardened(
  options: Omit<OnsideOptions, "store" | "pages"> & { pages?: Pages } = {},
  dataDir = mkdtempSync(path.join(tmpdir(), "onside-hardening-")),
): Promise<HardenedServer> {
  const store = SqliteStore.open(dataDir);
  const onside = createOnside({ publicUrl: "http://127.0.0.1:9", log: () => {}, ...options, store });
  const port = await onside.listen(0, "127.0.0.1");
  let disposed = false;
  return {
    onside,
    store,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await onside.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Requests as if from `address`, on a server that trusts one proxy in front of it. */
export const from = (address: string): Record<string, string> => ({ "x-forwarded-for": address });
