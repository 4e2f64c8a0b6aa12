import { deflateSync } from "node:zlib";
import { DEFLATE_FROM_BYTES, type WireEvent } from "@/lib/protocol";
import { rooms } from "./audiences";

/** One message of a flush: to the sockets of the `to` rooms that are in none of the `except` rooms. */
export type Send = { to: string[]; except: string[]; local: boolean } & (
  { name: "workshop:events" | "workshop:own"; payload: WireEvent[] } | { name: "workshop:deflated"; payload: string }
);

/**
 * A batch of events for `to`. A large one is deflated once and sent so to the sockets that read
 * it (lib/protocol/deflated.ts), and as JSON to the others: in a kick-off, the writes of the same
 * 38 KB to 2,000 sockets were much of the server's busy time, and reading them much of the
 * phones'. Deflating it takes about a millisecond, once per audience. `local`: `to` names sockets
 * of this server, whom no other server needs to hear about.
 */
export function eventsFor(code: string, target: { to: string[]; except?: string[]; local?: boolean }, wire: WireEvent[]): Send[] {
  const { to, except = [], local = false } = target;
  if (wire.length > 1) {
    const json = JSON.stringify(wire);
    if (json.length >= DEFLATE_FROM_BYTES) {
      return [
        { to, except: [...except, rooms.plain(code)], local, name: "workshop:deflated", payload: deflateSync(json).toString("base64") },
        { to, except: [...except, rooms.deflating(code)], local, name: "workshop:events", payload: wire },
      ];
    }
  }
  return [{ to, except, local, name: "workshop:events", payload: wire }];
}
