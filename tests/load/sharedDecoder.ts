import * as parser from "socket.io-parser";

/** Characters of Socket.IO packets received by all the phones of this process (their payloads). */
export const received = { chars: 0 };

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
/** Frames this short are as cheap to parse as to look up (acks, session:ready). */
const WORTH_SHARING = 256;

class CountingDecoder extends parser.Decoder {
  override add(obj: unknown): void {
    if (typeof obj === "string") received.chars += obj.length;
    super.add(obj);
  }
}

class SharedDecoder extends CountingDecoder {
  override add(obj: unknown): void {
    // Only plain events ("2[…]", no ack id): acks are per socket and answer one phone's request.
    if (typeof obj !== "string" || obj.length < WORTH_SHARING || obj.charCodeAt(0) !== 50 || obj.charCodeAt(1) !== 91) return super.add(obj);
    received.chars += obj.length;
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
