import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";

/**
 * The link between Onside servers (REDIS_URL): Socket.IO's Redis adapter, so that a broadcast to an
 * audience reaches its sockets on every server, and servers can ask each other (who is online).
 * It carries messages only and stores nothing in Redis; the event log stays in the database.
 */
export interface ClusterLink {
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

export interface ClusterSettings {
  url: string;
  /** Prefix of the adapter's channels: servers with the same one form one cluster. */
  prefix: string;
  log: (err: unknown) => void;
}

/** Connects to Redis (two connections: one publishes, one listens); fails if it cannot be reached. */
export async function connectCluster({ url, prefix, log }: ClusterSettings): Promise<ClusterLink> {
  let connected = false;
  // The `redis` package, as the adapter's own documentation uses it.
  const pub = createClient({
    url,
    socket: {
      connectTimeout: 5000,
      // Once running, a lost connection is retried for ever (broadcasts resume when it is back); the
      // first connection fails the start instead, so a wrong URL is noticed at once.
      reconnectStrategy: (retries, cause) => (connected ? Math.min(100 * 2 ** retries, 5000) : cause),
    },
  });
  const sub = pub.duplicate();
  // Without a listener, a dropped connection would crash the process.
  pub.on("error", log);
  sub.on("error", log);
  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (err) {
    pub.destroy();
    sub.destroy();
    throw err;
  }
  connected = true;
  return {
    // A server that does not answer another's question (who is online) in 2 s is left out of that answer.
    adapter: createAdapter(pub, sub, { key: prefix, requestsTimeout: 2000 }),
    close: async () => {
      await Promise.allSettled([pub.close(), sub.close()]);
    },
  };
}
