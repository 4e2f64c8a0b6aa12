/**
 * The two constants a client needs before anything else, in a file of their own: importing the
 * whole contract (index.ts) brings every schema and, through them, the workshop's rules, which a
 * phone never runs.
 */

/**
 * The wire contract's version: a client of another version is told to reload. 2: `card.added`
 * travels as a tuple (wire.ts).
 */
export const PROTOCOL_VERSION = 2;

/** The Socket.IO path; pages and the API share the port. */
export const SOCKET_PATH = "/socket.io";
