/** The wire contract between Onside's server and every client. Documented in docs/protocol.md. */
export const PROTOCOL_VERSION = 1;

/** The Socket.IO path; pages and the API share the port. */
export const SOCKET_PATH = "/socket.io";

export * from "./ack";
export * from "./events";
export * from "./handshake";
export * from "./http";
export * from "./export";
export * from "./serverConfig";
