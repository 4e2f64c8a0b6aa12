import type { Server, Socket } from "socket.io";
import type { Actor } from "@/lib/domain";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/protocol";

/** What the server remembers about a socket once its handshake was checked. */
export interface SocketData {
  code: string;
  actor: Actor;
}

// Nodes talk to each other only through the adapter's own messages.
type InterServerEvents = Record<string, never>;

export type OnsideServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type OnsideSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
