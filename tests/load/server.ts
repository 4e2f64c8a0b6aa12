/**
 * Onside as `server/main.ts` composes it (settings from the environment, the same store, limits
 * and sockets), without the pages: the bench drives only the API and the sockets, and Next needs
 * a production build it cannot assume. Prints `listening <port>` once ready.
 */
import { createOnside } from "@/server/app";
import { enableBenchMetrics } from "@/server/benchMetrics";
import { limitsFrom, loadConfig } from "@/server/config";
import { tuneHeap } from "@/server/heapTuning";
import { openStore } from "@/server/store/openStore";

tuneHeap();
const config = loadConfig(process.env);
enableBenchMetrics(process.env);
const store = await openStore(config);
const onside = createOnside({
  store,
  publicUrl: config.PUBLIC_URL,
  createSecret: config.CREATE_SECRET,
  retentionDays: config.RETENTION_DAYS,
  limits: limitsFrom(config),
});
const port = await onside.listen(config.PORT, config.HOST);
console.log(`listening ${port}`);
process.on("SIGTERM", () => void onside.rooms.close().then(() => onside.close()).then(() => process.exit(0)));
