import type { Server, Socket } from "socket.io";
import type { Actor } from "@/lib/domain";
import type { ClientToServerEvents, Presence, ServerToClientEvents } from "@/lib/protocol";

/** What the server remembers about a socket once its handshake was checked. */
export interface SocketData {
  code: string;
  actor: Actor;
  /** Reads large batches deflated (its handshake said so). */
  deflate: boolean;
}

/** What servers ask and tell each other through the Redis adapter (several servers, one cluster). */
interface InterServerEvents {
  /** Someone came or went on another server: recount who is online in that workshop. */
  "presence:stale": (code: string) => void;
  /** Who is online in a workshop on the server asked, by its own sockets. */
  "presence:count": (code: string, reply: (view: Presence) => void) => void;
}

export type OnsideServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type OnsideSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
