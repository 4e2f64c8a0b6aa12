import * as parser from "socket.io-parser";

/**
 * Socket.IO's parser, except that what the server sends is never searched for binary parts.
 * Onside sends only JSON, and Socket.IO's encoder walked every packet for a Buffer before writing
 * it as text: a participant's snapshot holds every person and card of the workshop. In a kick-off
 * of 2,000 phones (bench (a), CPU profiles before and after, bench/NOTES.md 56) the walk was 1.4 s
 * of the server's time, mostly as the last few hundred phones joined; without it, encoding took
 * 2.4 s instead of 3.5 s. The text is the very text Socket.IO's own encoder writes for a packet
 * without binary parts (tests/unit/server/jsonParser.test.ts), so clients read it with their
 * usual parser. What clients send is read as ever.
 */
class JsonEncoder extends parser.Encoder {
  override encode(packet: parser.Packet): string[] {
    // Socket.IO's text packet: its type, its namespace unless the main one, its ack id, its data.
    let text = String(packet.type);
    if (packet.nsp && packet.nsp !== "/") text += `${packet.nsp},`;
    if (packet.id != null) text += packet.id;
    if (packet.data != null) text += JSON.stringify(packet.data);
    return [text];
  }
}

export const jsonParser = { ...parser, Encoder: JsonEncoder };
