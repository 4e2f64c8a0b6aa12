import type { OnsideServer } from "@/server/realtime/types";

/**
 * A server of `count` sockets in room "all", the odd ones also in "odd" (each socket is a room of
 * its own, as in Socket.IO), all of them also in workshop `code`'s rooms: records the messages each socket gets, by the name in their payload.
 */
export function recording(code: string, count: number) {
  const ids = Array.from({ length: count }, (_, i) => `s${i}`);
  const rooms = new Map<string, Set<string>>([
    ["all", new Set(ids)],
    ["odd", new Set(ids.filter((_, i) => i % 2 === 1))],
    // A workshop's rooms (audiences.ts), for the broadcaster: every socket a phone reading JSON.
    ...["all", "any", "json"].map((r) => [`w:${code}:${r}`, new Set(ids)] as [string, Set<string>]),
    ...ids.map((id) => [id, new Set([id])] as [string, Set<string>]),
  ]);
  const got = new Map<string, string[]>(ids.map((id) => [id, []]));
  let emits = 0;
  const target = (to: string[], except: string[] = []) => ({
    except: (more: string | string[]) => target(to, except.concat(more)),
    emit: (_event: string, payload: string[]) => {
      emits++;
      const out = new Set(except.flatMap((r) => [...(rooms.get(r) ?? [])]));
      for (const r of to) for (const id of rooms.get(r) ?? []) if (!out.has(id)) got.get(id)!.push(payload[0]!);
    },
  });
  const to = (room: string | string[]) => target(Array.isArray(room) ? room : [room]);
  const io = { to, local: { to }, sockets: { adapter: { rooms } } } as unknown as OnsideServer;
  return { io, got, emits: () => emits };
}
