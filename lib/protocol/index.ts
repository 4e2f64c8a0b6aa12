/** The wire contract between Onside's server and every client. Documented in docs/protocol.md. */
export { PROTOCOL_VERSION, SOCKET_PATH } from "./version";

export * from "./ack";
export * from "./events";
export * from "./handshake";
export * from "./http";
export * from "./export";
export * from "./serverConfig";
export * from "./wire";
export * from "./deflated";
