import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { handleApi } from "./http/api";
import { publicBaseUrl } from "./http/publicUrl";
import { attachRealtime, type Realtime } from "./realtime/socketServer";
import { Rooms } from "./rooms/rooms";
import type { EventStore } from "./store/eventStore";

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
}

export interface Onside {
  http: Server;
  rooms: Rooms;
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
  const rooms = new Rooms({
    store: options.store,
    now: options.now ?? Date.now,
    publish: (code, batch) => realtime?.publish(code, batch),
  });

  const http = createServer((req, res) => {
    if (/^\/api(\/|\?|$)/.test(req.url ?? "")) {
      void handleApi(req, res, { rooms, baseUrl, startedAt, log });
    } else if (options.pages) {
      void options.pages.handle(req, res);
    } else {
      res.writeHead(404).end();
    }
  });
  realtime = attachRealtime(http, { rooms, log });
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
    listen: (wanted, host) =>
      new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(wanted, host, () => {
          port = (http.address() as AddressInfo).port;
          resolve(port);
        });
      }),
    close: async () => {
      await realtime?.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await options.store.close();
    },
  };
}
