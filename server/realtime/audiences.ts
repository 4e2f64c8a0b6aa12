import type { Actor, Audience, Viewer } from "@/lib/domain";

/**
 * Each audience is a Socket.IO room, so a broadcast reaches all its sockets with one call, on one
 * node or, through the Redis adapter, on many.
 */
export const rooms = {
  facilitators: (code: string) => `w:${code}:fac`,
  screens: (code: string) => `w:${code}:screen`,
  participants: (code: string) => `w:${code}:all`,
  participant: (code: string, participantId: string) => `p:${code}:${participantId}`,
  /** Phones on the join form (not joined yet): they hear the workshop's public card, nothing else. */
  guests: (code: string) => `w:${code}:guest`,
  /** Every socket of a workshop, whoever it is (guests too): for letting them all go at once. */
  everyone: (code: string) => `w:${code}:any`,
  /** Sockets that read large batches deflated (their handshake said `deflate: true`), and the others. */
  deflating: (code: string) => `w:${code}:z`,
  plain: (code: string) => `w:${code}:json`,
};

export function roomsOf(code: string, actor: Actor): string[] {
  switch (actor.role) {
    case "facilitator":
      return [rooms.facilitators(code)];
    case "screen":
      return [rooms.screens(code)];
    case "participant":
      return [rooms.participants(code), rooms.participant(code, actor.participantId)];
    case "guest":
      return [rooms.guests(code)];
    case "owner":
    case "catchup":
      return [];
  }
}

export function roomOf(code: string, to: Audience): string {
  switch (to.kind) {
    case "facilitator":
      return rooms.facilitators(code);
    case "screen":
      return rooms.screens(code);
    case "participants":
      return rooms.participants(code);
    case "participant":
      return rooms.participant(code, to.participantId);
  }
}

/** The viewer whose projection an actor receives; a guest sees nothing of the workshop yet. */
export function viewerOf(actor: Actor): Viewer | null {
  switch (actor.role) {
    case "facilitator":
    case "screen":
      return { role: actor.role };
    case "participant":
      return { role: "participant", participantId: actor.participantId };
    case "guest":
    case "owner":
    case "catchup":
      return null;
  }
}
