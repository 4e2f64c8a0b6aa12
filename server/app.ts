import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { handleApi } from "./http/api";
import { publicBaseUrl } from "./http/publicUrl";
import { links, publicInfo } from "./http/workshops";
import { Limits, type LimitSettings } from "./limits";
import type { ClusterLink } from "./realtime/adapter";
import { attachRealtime, type Realtime } from "./realtime/socketServer";
import { removeWorkshop } from "./removal";
import { startRetention } from "./retention";
import { Rooms } from "./rooms/rooms";
import { setSecurityHeaders } from "./securityHeaders";
import type { EventStore } from "./store/eventStore";

/**
 * Connections the kernel may hold for the server before it takes them. When a server comes back
 * after a restart, a kick-off's 2,000 phones reconnect within a second or two, and Node's default
 * of 511 overflowed: the kernel dropped the rest, and each phone dropped waited for its own
 * retransmission, 1 s, then 2 s more (bench (d): 6,146 drops in one run, a phone's connection
 * taking 2.2 s p50 and up to 5 s from its attempt to its welcome). Linux caps it at
 * `net.core.somaxconn` (4,096 since kernel 5.4).
 */
const LISTEN_BACKLOG = 4096;

/** The pages: Next.js in the app, nothing in tests of the API and the sockets. */
export interface Pages {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
  upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => Promise<void> | void;
}

export interface OnsideOptions {
  store: EventStore;
  pages?: Pages;
  publicUrl?: string;
  now?: () => number;
  log?: (err: unknown) => void;
  /** How much one client may ask; each setting left out keeps its default (server/limits.ts). */
  limits?: Partial<LimitSettings>;
  /** When set, creating and importing workshops need it (Authorization: Bearer <secret>). */
  createSecret?: string;
  /** Delete workshops idle for this many days, at start and hourly; 0 or unset keeps them. */
  retentionDays?: number;
  /** Next runs in development mode: its pages need 'unsafe-eval'. */
  dev?: boolean;
  /** Several servers (REDIS_URL): the link their sockets share; closed with the server. */
  cluster?: ClusterLink;
}

export interface Onside {
  http: Server;
  rooms: Rooms;
  /** Deletes expired workshops now (it also runs by itself): the codes deleted. */
  sweepExpired(): Promise<string[]>;
  listen(port: number, host?: string): Promise<number>;
  baseUrl(): string;
  /** Stops taking requests, tells clients, closes sockets and the store. */
  close(): Promise<void>;
}

/**
 * Puts Onside together from its parts; the caller owns the parts (the composition root passes
 * the real ones, tests pass a store on a temporary directory).
 */
export function createOnside(options: OnsideOptions): Onside {
  const log = options.log ?? ((err: unknown) => console.error(err));
  const startedAt = Date.now();
  let port = 0;
  const baseUrl = () => publicBaseUrl(options.publicUrl, port);

  // The realtime layer publishes what rooms decide; rooms exist before the socket server does.
  let realtime: Realtime | null = null;
  const now = options.now ?? Date.now;
  const rooms = new Rooms({
    store: options.store,
    now,
    publish: (code, batch) => realtime?.publish(code, batch),
  });
  const limits = new Limits(options.limits);
  const removal = { rooms, store: options.store, disconnect: (code: string) => realtime?.disconnectWorkshop(code) };
  const dev = options.dev ?? false;

  const http = createServer((req, res) => {
    const api = /^\/api(\/|\?|$)/.test(req.url ?? "");
    // Every answer, page or API, found or not, carries the security headers.
    setSecurityHeaders(req, res, { api, dev });
    if (api) {
      void handleApi(req, res, {
        rooms,
        baseUrl,
        startedAt,
        storeKind: options.store.kind,
        log,
        limits,
        createSecret: options.createSecret,
        removeWorkshop: (code) => removeWorkshop(code, removal),
      });
    } else if (options.pages) {
      void options.pages.handle(req, res);
    } else {
      res.writeHead(404).end();
    }
  });
  realtime = attachRealtime(http, {
    rooms,
    log,
    limits,
    cluster: options.cluster,
    publicInfo: (state) => publicInfo(state, links(baseUrl(), state.code).joinUrl),
  });
  const retention = startRetention({ ...removal, days: options.retentionDays ?? 0, now, log });
  if (options.pages?.upgrade) {
    const upgrade = options.pages.upgrade;
    http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!req.url?.startsWith("/socket.io")) void upgrade(req, socket, head);
    });
  }

  return {
    http,
    rooms,
    baseUrl,
    sweepExpired: retention.sweep,
    listen: (wanted, host) =>
      new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen({ port: wanted, host, backlog: LISTEN_BACKLOG }, () => {
          port = (http.address() as AddressInfo).port;
          resolve(port);
        });
      }),
    close: async () => {
      await retention.stop();
      await realtime?.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await options.store.close();
    },
  };
}
