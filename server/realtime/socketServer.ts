import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { Delivery, Viewer, WorkshopState } from "@/lib/domain";
import { SOCKET_PATH, type ErrorBody, type PublicWorkshopInfo } from "@/lib/protocol";
import { serviceError } from "@/lib/protocol/reasons";
import type { Limits } from "../limits";
import type { Rooms } from "../rooms/rooms";
import { COMMON_HEADERS } from "../securityHeaders";
import type { Room } from "../rooms/room";
import type { ClusterLink } from "./adapter";
import { rooms as audience, roomsOf, viewerOf } from "./audiences";
import { Broadcaster } from "./broadcaster";
import { bindHandlers } from "./handlers";
import { authenticate, HandshakeError } from "./handshake";
import { jsonParser } from "./jsonParser";
import { Presence } from "./presence";
import { presenceAnnouncer } from "./presenceAnnouncer";
import { publicInfoAnnouncer } from "./publicInfo";
import type { OnsideServer, OnsideSocket } from "./types";

export interface Realtime {
  publish: (code: string, batch: Delivery[]) => void;
  /** Disconnects every socket of a workshop (it was deleted): they reconnect and hear so. */
  disconnectWorkshop: (code: string) => void;
  /** Tells every client the server is going away, then closes all sockets. */
  close: () => Promise<void>;
}

export interface RealtimeDeps {
  rooms: Rooms;
  log: (err: unknown) => void;
  limits: Limits;
  /** Several servers: broadcasts and presence go through Redis to every server's sockets. */
  cluster?: ClusterLink;
  /** The workshop's public card, as `GET /api/workshops/:code` answers it: what guests are told. */
  publicInfo: (state: WorkshopState) => PublicWorkshopInfo;
}

/** The largest message a client may send: a command is a few hundred bytes, its longest text 600 characters. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** The only place that knows Socket.IO. */
export function attachRealtime(http: HttpServer, deps: RealtimeDeps): Realtime {
  const io: OnsideServer = new Server(http, {
    path: SOCKET_PATH,
    // Commands are small; a bigger message is refused before it is parsed, and the socket that
    // sent it is disconnected (the others carry on).
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // Leave other upgrade requests (Next's dev reload) to their own handler.
    destroyUpgrade: false,
    pingInterval: 20_000,
    pingTimeout: 20_000,
    parser: jsonParser,
  });
  // Socket.IO answers its own HTTP requests (long-polling): they carry the same headers as the rest.
  io.engine.on("initial_headers", (headers: Record<string, string>) => Object.assign(headers, COMMON_HEADERS));
  io.engine.on("headers", (headers: Record<string, string>) => Object.assign(headers, COMMON_HEADERS));
  if (deps.cluster) io.adapter(deps.cluster.adapter);
  const broadcaster = new Broadcaster(io, !deps.cluster);
  const presence = new Presence();
  const { announce, welcome } = presenceAnnouncer(io, presence, { shared: Boolean(deps.cluster), log: deps.log });
  const announceInfo = publicInfoAnnouncer(io, deps);

  io.use(async (socket, next) => {
    const refuse = (body: ErrorBody) => next(Object.assign(new Error(body.message), { data: body }));
    const address = deps.limits.addressOf(socket.handshake.address, socket.handshake.headers);
    // Refused with `rate_limited`, which clients retry after a pause of their own.
    if (!deps.limits.connection(address).ok) {
      return refuse(serviceError("rate_limited", "manyConnections"));
    }
    if (!deps.limits.lookup(address).ok) {
      return refuse(serviceError("rate_limited", "manyCodes"));
    }
    try {
      const { code, actor, since, deflate } = await authenticate(socket.handshake.auth, deps.rooms);
      socket.data = { code, actor, deflate };
      (socket as OnsideSocket & { since?: number }).since = since;
      next();
    } catch (err) {
      if (!(err instanceof HandshakeError)) deps.log(err);
      if (err instanceof HandshakeError && err.body.code === "not_found") deps.limits.miss(address);
      refuse(err instanceof HandshakeError ? err.body : serviceError("internal", "cannotOpen"));
    }
  });

  io.on("connection", async (socket) => {
    const room = await deps.rooms.get(socket.data.code);
    if (!room) return void socket.disconnect(true);
    const since = (socket as OnsideSocket & { since?: number }).since;
    void socket.join([audience.everyone(room.code), socket.data.deflate ? audience.deflating(room.code) : audience.plain(room.code)]);
    enter(socket, room, since);
    bindHandlers(
      {
        socket,
        room,
        limits: deps.limits,
        bucket: deps.limits.commandBucket(),
        promote: (participantId) => {
          void socket.leave(audience.guests(room.code));
          socket.data.actor = { role: "participant", participantId };
          enter(socket, room, undefined);
        },
        signOut: (participantId) => io.in(audience.participant(room.code, participantId)).disconnectSockets(true),
        answered: () => broadcaster.answered(room.code),
      },
      deps.log,
    );
    socket.on("disconnect", () => {
      presence.leave(room.code, socket.data.actor);
      announce(room.code);
    });
  });

  /** Puts a socket in its audiences and brings it up to date: missed events, or a snapshot. */
  function enter(socket: OnsideSocket, room: Room, since: number | undefined): void {
    const { actor } = socket.data;
    void socket.join(roomsOf(room.code, actor));
    socket.emit("session:ready", { you: actor.role === "guest" || actor.role === "owner" || actor.role === "catchup" ? { role: "guest" } : actor, serverTime: Date.now() });
    // A phone on the join form: the card as it is now. Its page had it over HTTP, but a team may
    // have been added between that answer and this socket joining the guests, or while it was away.
    if (actor.role === "guest") socket.emit("workshop:info", deps.publicInfo(room.state));
    const viewer = viewerOf(actor);
    if (!viewer) return;
    const missed = since === undefined ? null : room.eventsSince(since, viewer);
    if (missed) {
      if (missed.length > 0) broadcaster.catchUp(room.code, socket.id, missed);
    } else {
      socket.emit("workshop:snapshot", room.snapshotFor(viewer));
    }
    if (room.shared) followUp(socket, room, viewer);
    presence.join(room.code, actor);
    // The one entering hears who is online at once; the others within a second (presenceAnnouncer).
    welcome(socket);
    announce(room.code);
  }

  /**
   * Several servers: another one may have appended after this room caught up and before the socket
   * joined its audiences, and sent those events before this socket could hear them. Read back
   * from the store now, they follow what was just sent (a phone skips what it already holds).
   */
  function followUp(socket: OnsideSocket, room: Room, viewer: Viewer): void {
    const sent = room.state.seq;
    room.refresh().then(() => {
      if (room.state.seq === sent) return;
      const later = room.eventsSince(sent, viewer);
      // After what it was owed on entering, which may still be waiting in the broadcaster.
      if (later) broadcaster.catchUp(room.code, socket.id, later);
      else socket.emit("workshop:snapshot", room.snapshotFor(viewer));
    }, deps.log);
  }

  return {
    publish: (code, batch) => {
      broadcaster.publish(code, batch);
      announceInfo(code, batch);
    },
    disconnectWorkshop: (code) => io.in(audience.everyone(code)).disconnectSockets(true),
    close: async () => {
      // What a large workshop's broadcast was still waiting to send goes out before the goodbye.
      broadcaster.flushAll();
      io.emit("server:closing");
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await deps.cluster?.close();
    },
  };
}
