import { inflateSync } from "node:zlib";
import * as parser from "socket.io-parser";
import type { WireEvent } from "@/lib/protocol";

/**
 * Characters of Socket.IO packets received by all the phones of this process (their payloads), in
 * all and by kind: an event's name, or "acks"; and how many of them were events (not acks).
 */
export const received = { chars: 0, byKind: {} as Record<string, number>, events: 0 };

/** An event frame is `2["name",…]`; an acknowledgement `3<id>[…]`. */
function kindOf(frame: string): string {
  if (frame.charCodeAt(0) === 51) return "acks";
  if (frame.charCodeAt(0) !== 50 || frame.charCodeAt(1) !== 91 || frame.charCodeAt(2) !== 34) return "other";
  const end = frame.indexOf('"', 3);
  return end > 0 ? frame.slice(3, end) : "other";
}

function count(frame: string): void {
  received.chars += frame.length;
  const kind = kindOf(frame);
  received.byKind[kind] = (received.byKind[kind] ?? 0) + frame.length;
  if (kind !== "acks") received.events++;
}

/**
 * Socket.IO's own parser, except that an event frame seen moments ago by another phone in this
 * process is not parsed again: a broadcast reaches every phone of a workshop as the very same
 * text. A real phone has a CPU of its own to parse its copy; here a thousand phones share two
 * cores with the server, and parsing a thousand copies would measure the load generator rather
 * than the server. Each phone still receives its own frame on its own connection, and gets its
 * own packet object (the payload inside is shared and must be treated as read-only).
 */
const recent = new Map<string, parser.Packet>();
const KEEP = 512;

class CountingDecoder extends parser.Decoder {
  override add(obj: unknown): void {
    if (typeof obj === "string") count(obj);
    super.add(obj);
  }
}

class SharedDecoder extends CountingDecoder {
  override add(obj: unknown): void {
    // Only plain events ("2[…]", no ack id): acks are per socket and answer one phone's request.
    // Short ones too: a card to a room of thirty is a frame of ~100 characters, and parsed by each
    // phone it was read fifteen times in each generator, then looked at by each one again (its
    // seqs, its tag). Shared, the phones of a process read it once: in many rooms, the generators'
    // scavenges of Onside's half took 0.9 s of the minute instead of 1.6 s (the bare server's half:
    // 0.8 s instead of 1.1 s).
    if (typeof obj !== "string" || obj.charCodeAt(0) !== 50 || obj.charCodeAt(1) !== 91) return super.add(obj);
    count(obj);
    let packet = recent.get(obj);
    if (!packet) {
      packet = { type: parser.PacketType.EVENT, nsp: "/", data: JSON.parse(obj.slice(1)) as unknown[] };
      if (recent.size >= KEEP) recent.delete(recent.keys().next().value!);
      recent.set(obj, packet);
    }
    // Socket.IO may push onto `data` (an ack function): each phone gets its own array.
    this.emitReserved("decoded", { ...packet, data: [...(packet.data as unknown[])] });
  }
}

/** The parser the phones use: counting what they receive, and sharing decoding if asked. */
export const phoneParser = (share: boolean) => ({ ...parser, Decoder: share ? SharedDecoder : CountingDecoder });

/**
 * The events of a `workshop:deflated` message, inflated once for all the phones of this process
 * that receive the same text (as above, when sharing).
 */
const inflated = new Map<string, WireEvent[]>();

export function inflateShared(base64: string, share: boolean): WireEvent[] {
  const read = () => JSON.parse(inflateSync(Buffer.from(base64, "base64")).toString("utf8")) as WireEvent[];
  if (!share) return read();
  let events = inflated.get(base64);
  if (!events) {
    events = read();
    if (inflated.size >= KEEP) inflated.delete(inflated.keys().next().value!);
    inflated.set(base64, events);
  }
  return events;
}
