import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { createOnside } from "./app";
import { enableBenchMetrics } from "./benchMetrics";
import { ConfigError, limitsFrom, loadConfig } from "./config";
import { tuneHeap } from "./heapTuning";
import { lanAddress } from "./http/publicUrl";
import { connectCluster } from "./realtime/adapter";
import { describeStore, openStore } from "./store/openStore";

/** The composition root: configuration → store → Next → HTTP + Socket.IO, on one port. */
async function main(): Promise<void> {
  tuneHeap();
  const dev = process.argv.includes("--dev");
  const config = loadConfig({ ...process.env, NODE_ENV: dev ? "development" : process.env.NODE_ENV });
  enableBenchMetrics(process.env);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

  // DATABASE_URL: PostgreSQL, shared by several servers; else SQLite under DATA_DIR.
  const store = await openStore(config);
  // REDIS_URL: the servers' sockets reach each other (broadcasts, who is online).
  const cluster = config.REDIS_URL ? await connectCluster({ url: config.REDIS_URL, prefix: config.REDIS_PREFIX, log: console.error }) : undefined;
  const pages = next({ dev, dir: root, hostname: config.HOST, port: config.PORT });
  await pages.prepare();

  const onside = createOnside({
    store,
    cluster,
    publicUrl: config.PUBLIC_URL,
    pages: { handle: pages.getRequestHandler(), upgrade: pages.getUpgradeHandler() },
    dev,
    createSecret: config.CREATE_SECRET,
    retentionDays: config.RETENTION_DAYS,
    limits: limitsFrom(config),
  });
  const port = await onside.listen(config.PORT, config.HOST);

  const lan = lanAddress();
  console.log(
    [
      "",
      `  Onside is running${dev ? " (development)" : ""}.`,
      `  Facilitator, on this laptop:  http://localhost:${port}`,
      `  Phones on the same Wi-Fi:     ${onside.baseUrl()}`,
      ...(config.PUBLIC_URL || lan ? [] : ["  (No network address found: set PUBLIC_URL to the address phones can reach.)"]),
      `  Data:                         ${describeStore(config)}`,
      ...(cluster ? ["  Other servers reached through: Redis (REDIS_URL)"] : []),
      `  Workshops are deleted:        ${config.RETENTION_DAYS > 0 ? `after ${config.RETENTION_DAYS} days without activity` : "never (RETENTION_DAYS=0)"}`,
      ...(config.CREATE_SECRET ? ["  Creating a workshop needs:    the creation key (CREATE_SECRET)"] : []),
      "",
    ].join("\n"),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      // Asked twice (Ctrl+C pressed again): stop now. Whatever was acknowledged is on disk already.
      console.log(`  ${signal} again: stopping now.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`\n  ${signal}: finishing what is in hand, then stopping.`);
    try {
      // The commands in hand are saved and answered first; new ones are refused as "unavailable",
      // which clients send again once the server is back. Then phones are told (server:closing),
      // sockets closed, and the store closed cleanly.
      await onside.rooms.close();
      await onside.close();
      await pages.close();
      process.exit(0);
    } catch (err) {
      console.error(err);
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
