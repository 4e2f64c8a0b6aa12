import * as parser from "socket.io-parser";
import { describe, expect, it } from "vitest";
import { jsonParser } from "@/server/realtime/jsonParser";

const { PacketType } = parser;

/** Packets of every kind the server sends, with the payloads Onside's are made of. */
const packets: parser.Packet[] = [
  { type: PacketType.CONNECT, nsp: "/", data: { sid: "abc123" } },
  { type: PacketType.CONNECT_ERROR, nsp: "/", data: { message: "Not found", data: { code: "not_found", message: "Läuft nicht — “quoted” \u2028" } } },
  { type: PacketType.EVENT, nsp: "/", data: ["workshop:snapshot", { seq: 12, state: { title: "Kick-off", people: { p1: { name: "Åse", teamId: null } }, cards: {} } }] },
  { type: PacketType.EVENT, nsp: "/", data: ["workshop:events", [[3, 1764000000000, "c1", "changes", null, "t1", "A card, with \"quotes\"\n", null, null, true]]] },
  { type: PacketType.EVENT, nsp: "/", id: 7, data: ["server:closing"] },
  { type: PacketType.ACK, nsp: "/", id: 42, data: [{ ok: true, data: { seq: 13, id: "card-1" } }] },
  { type: PacketType.EVENT, nsp: "/admin", id: 3, data: ["x", 1, null, false] },
  { type: PacketType.DISCONNECT, nsp: "/" },
];

describe("the server's encoder", () => {
  it("writes every packet as the very text Socket.IO's own encoder writes", () => {
    const theirs = new parser.Encoder();
    const ours = new jsonParser.Encoder();
    for (const packet of packets) expect(ours.encode(packet)).toEqual(theirs.encode(packet));
  });

  it("writes text that Socket.IO's decoder, as every client has it, reads back whole", () => {
    const ours = new jsonParser.Encoder();
    for (const packet of packets) {
      const decoder = new parser.Decoder();
      let read: parser.Packet | null = null;
      decoder.on("decoded", (p: parser.Packet) => (read = p));
      decoder.add(ours.encode(packet)[0]);
      expect(read).toEqual(packet);
    }
  });
});
