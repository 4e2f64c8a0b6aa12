/**
 * Onside's API and sockets (no pages) as a process of its own, so tests can kill it for real.
 * Prints `listening <port>` once ready. DATA_DIR says where the data lives.
 */
import { createOnside } from "@/server/app";
import { SqliteStore } from "@/server/store/sqliteStore";

const onside = createOnside({
  store: SqliteStore.open(process.env.DATA_DIR ?? "./data"),
  publicUrl: "http://127.0.0.1:9",
  log: () => {},
});
const port = await onside.listen(Number(process.env.PORT ?? 0), "127.0.0.1");
console.log(`listening ${port}`);
process.on("SIGTERM", () => void onside.close().then(() => process.exit(0)));
