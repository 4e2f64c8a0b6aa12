/**
 * One of several Onside servers (API and sockets, no pages) as a process of its own, on the shared
 * PostgreSQL database and Redis that DATABASE_URL, REDIS_URL and REDIS_PREFIX name, composed as
 * server/main.ts composes it. Prints `listening <port>` once ready.
 */
import { createOnside } from "@/server/app";
import { loadConfig } from "@/server/config";
import { connectCluster } from "@/server/realtime/adapter";
import { openStore } from "@/server/store/openStore";

const config = loadConfig(process.env);
const log = (err: unknown) => {
  if (process.env.ONSIDE_TEST_VERBOSE) console.error(err);
};
const store = await openStore(config, log);
const cluster = config.REDIS_URL ? await connectCluster({ url: config.REDIS_URL, prefix: config.REDIS_PREFIX, log }) : undefined;
const onside = createOnside({ store, cluster, publicUrl: "http://127.0.0.1:9", log });
const port = await onside.listen(Number(process.env.PORT ?? 0), "127.0.0.1");
console.log(`listening ${port}`);
process.on("SIGTERM", () => void onside.rooms.close().then(() => onside.close()).then(() => process.exit(0)));
