/**
 * The two constants a client needs before anything else, in a file of their own: importing the
 * whole contract (index.ts) brings every schema and, through them, the workshop's rules, which a
 * phone never runs.
 */

/**
 * The wire contract's version: a client of another version is told to reload. 2: `card.added`
 * travels as a tuple (wire.ts). 3: an owner's own copies come apart, as `workshop:own` (events.ts):
 * a page of version 2 would show its author's anonymous card as someone else's.
 */
export const PROTOCOL_VERSION = 3;

/** The Socket.IO path; pages and the API share the port. */
export const SOCKET_PATH = "/socket.io";
