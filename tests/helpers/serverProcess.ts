/**
 * Onside's API and sockets (no pages) as a process of its own, so tests can kill it for real.
 * Prints `listening <port>` once ready, and `error: …` for whatever it logs. DATA_DIR says where
 * the data lives; SLOW_DISK_MS makes every append wait that long first, so the server holds
 * commands in hand long enough for a test to stop it in the middle of them.
 */
import { createOnside } from "@/server/app";
import { SqliteStore } from "@/server/store/sqliteStore";
import { FaultyStore } from "./faultyStore";

const store = new FaultyStore(SqliteStore.open(process.env.DATA_DIR ?? "./data"));
store.appendDelayMs = Number(process.env.SLOW_DISK_MS ?? 0);

const onside = createOnside({
  store,
  publicUrl: "http://127.0.0.1:9",
  log: (err) => console.log(`error: ${err instanceof Error ? err.message : String(err)}`),
});
const port = await onside.listen(Number(process.env.PORT ?? 0), "127.0.0.1");
console.log(`listening ${port}`);
// As server/main.ts stops: the commands in hand finished and answered, then sockets and the store closed.
process.on("SIGTERM", () => void onside.rooms.close().then(() => onside.close()).then(() => process.exit(0)));
