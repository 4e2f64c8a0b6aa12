import type { Send } from "./eventsOut";
import type { OnsideServer } from "./types";

/**
 * Sockets written to per turn of the event loop. A flush to a kick-off's 2,000 phones is 2,000
 * writes of ~60 µs each; made in one go, it held every command that arrived meanwhile for
 * 100-400 ms (the server's event-loop delay in bench (a)). In slices, commands are read and
 * answered between them.
 */
export const SLICE = 250;

/** A flush on its way out. */
export interface Dispatch {
  /** Sends what is left now (the server is stopping). */
  finish(): void;
}

/**
 * Sends a flush's messages in order, then calls `done`. On a server of its own, a flush to more
 * than SLICE sockets goes out a slice at a time, each message to all its sockets before the next
 * message starts, so no socket ever gets them out of order. With other servers (the Redis
 * adapter), each message is one broadcast that reaches their sockets too, and goes out at once.
 */
export function dispatch(io: OnsideServer, sends: Send[], sliced: boolean, done: () => void): Dispatch {
  if (!sliced || sends.reduce((n, send) => n + atMost(io, send), 0) <= SLICE) {
    for (const send of sends) emit((send.local ? io.local : io).to(send.to).except(send.except), send);
    done();
    return { finish: () => {} };
  }
  const jobs = sends.map((send) => ({ send, ids: membersOf(io, send) }));
  let job = 0;
  let offset = 0;
  let next: NodeJS.Immediate | null = null;
  const step = (budget: number) => {
    next = null;
    while (job < jobs.length && budget > 0) {
      const { send, ids } = jobs[job]!;
      const slice = ids.slice(offset, offset + budget);
      if (slice.length > 0) emit(io.local.to(slice), send);
      offset += slice.length;
      budget -= slice.length;
      if (offset >= ids.length) {
        job++;
        offset = 0;
      }
    }
    if (job < jobs.length) next = setImmediate(() => step(SLICE));
    else done();
  };
  step(SLICE);
  return {
    finish: () => {
      if (!next) return;
      clearImmediate(next);
      step(Infinity);
    },
  };
}

function emit(target: ReturnType<OnsideServer["to"]>, send: Send): void {
  // Two calls, so that each payload is checked against its own event's type.
  if (send.name === "workshop:deflated") target.emit(send.name, send.payload);
  else if (send.name === "workshop:own") target.emit(send.name, send.payload);
  else target.emit(send.name, send.payload);
}

/** How many of this server's sockets a message could go to, counted without resolving who: cheap for a room of thirty. */
function atMost(io: OnsideServer, send: Send): number {
  return send.to.reduce((n, room) => n + (io.sockets.adapter.rooms.get(room)?.size ?? 0), 0);
}

/** This server's sockets that a message goes to. */
function membersOf(io: OnsideServer, send: Send): string[] {
  const rooms = io.sockets.adapter.rooms;
  const out = new Set<string>();
  for (const room of send.except) for (const id of rooms.get(room) ?? []) out.add(id);
  const ids = new Set<string>();
  for (const room of send.to) for (const id of rooms.get(room) ?? []) if (!out.has(id)) ids.add(id);
  return [...ids];
}
