import type { WireEvent } from "./wire";

/**
 * `workshop:deflated`: a batch of `workshop:events` as the zlib "deflate" format (RFC 1950) of its
 * JSON, in base64, for clients that said `deflate: true` in their handshake. Sent instead of a
 * large batch only: a kick-off's 200 ms of cards is ~400 of them, 38 KB to every one of 2,000
 * phones as JSON and 8.7 KB so, on venue Wi-Fi and through the server's writes alike. Small
 * batches (a room of thirty) stay `workshop:events`.
 *
 * Base64 rather than bytes: Socket.IO sends bytes as a frame of their own after the event's, and
 * at 2,000 sockets that second write per socket cost the server more than the third more bytes
 * that base64 takes.
 */
export const DEFLATE_FROM_BYTES = 2048;

/**
 * Whether this runtime can read `workshop:deflated`: browsers since 2023 (Safari 16.4, Chrome 80,
 * Firefox 113) and Node 18. An older phone says no and gets JSON.
 */
export function canInflate(): boolean {
  return typeof DecompressionStream === "function";
}

/** The events of a `workshop:deflated` message, as `workshop:events` would have carried them. */
export async function inflateEvents(base64: string): Promise<WireEvent[]> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
  const events: unknown = JSON.parse(await new Response(stream).text());
  if (!Array.isArray(events)) throw new Error("workshop:deflated did not hold a list of events");
  return events as WireEvent[];
}
