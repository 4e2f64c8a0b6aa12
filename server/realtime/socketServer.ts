import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { Delivery } from "@/lib/domain";
import { SOCKET_PATH } from "@/lib/protocol";
import type { Rooms } from "../rooms/rooms";
import type { Room } from "../rooms/room";
import { rooms as audience, roomsOf, viewerOf } from "./audiences";
import { Broadcaster } from "./broadcaster";
import { bindHandlers } from "./handlers";
import { authenticate, HandshakeError } from "./handshake";
import { Presence } from "./presence";
import type { OnsideServer, OnsideSocket } from "./types";

export interface Realtime {
  publish: (code: string, batch: Delivery[]) => void;
  /** Tells every client the server is going away, then closes all sockets. */
  close: () => Promise<void>;
}

/** The only place that knows Socket.IO. */
export function attachRealtime(http: HttpServer, deps: { rooms: Rooms; log: (err: unknown) => void }): Realtime {
  const io: OnsideServer = new Server(http, {
    path: SOCKET_PATH,
    // Commands are small; a bigger message is refused before it is parsed.
    maxHttpBufferSize: 64 * 1024,
    // Leave other upgrade requests (Next's dev reload) to their own handler.
    destroyUpgrade: false,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });
  const broadcaster = new Broadcaster(io);
  const presence = new Presence();
  const announce = (code: string) =>
    io
      .to([audience.facilitators(code), audience.screens(code), audience.participants(code)])
      .emit("presence:changed", presence.view(code));

  io.use(async (socket, next) => {
    try {
      const { code, actor, since } = await authenticate(socket.handshake.auth, deps.rooms);
      socket.data = { code, actor };
      (socket as OnsideSocket & { since?: number }).since = since;
      next();
    } catch (err) {
      if (!(err instanceof HandshakeError)) deps.log(err);
      const body = err instanceof HandshakeError ? err.body : { code: "internal" as const, message: "The server could not open this workshop." };
      next(Object.assign(new Error(body.message), { data: body }));
    }
  });

  io.on("connection", async (socket) => {
    const room = await deps.rooms.get(socket.data.code);
    if (!room) return void socket.disconnect(true);
    const since = (socket as OnsideSocket & { since?: number }).since;
    enter(socket, room, since);
    bindHandlers(
      {
        socket,
        room,
        promote: (participantId) => {
          socket.data.actor = { role: "participant", participantId };
          enter(socket, room, undefined);
        },
        signOut: (participantId) => io.in(audience.participant(room.code, participantId)).disconnectSockets(true),
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
    socket.emit("session:ready", { you: actor.role === "guest" || actor.role === "owner" ? { role: "guest" } : actor, serverTime: Date.now() });
    const viewer = viewerOf(actor);
    if (!viewer) return;
    const missed = since === undefined ? null : room.eventsSince(since, viewer);
    if (missed) {
      if (missed.length > 0) socket.emit("workshop:events", missed);
    } else {
      socket.emit("workshop:snapshot", room.snapshotFor(viewer));
    }
    presence.join(room.code, actor);
    announce(room.code);
  }

  return {
    publish: broadcaster.publish,
    close: async () => {
      io.emit("server:closing");
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
