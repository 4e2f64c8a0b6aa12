import { randomUUID } from "node:crypto";
import type { Actor, Command } from "@/lib/domain";
import type { CommandAck } from "@/lib/protocol";
import type { Room } from "../rooms/room";
import { HttpError } from "./respond";

const STATUS = { invalid_input: 400, forbidden: 403, not_found: 404, closed: 409, conflict: 409, unavailable: 503, rate_limited: 429 } as const;

/**
 * Runs a command through the workshop's room, as a socket's would be, and turns a refusal into
 * the HTTP status that says the same. Each request is a new command: HTTP has no retry id.
 */
export async function executeOrThrow(room: Room, command: Command, actor: Actor): Promise<CommandAck> {
  const done = await room.execute(randomUUID(), command, actor);
  if (!done.ok) {
    const status = STATUS[done.error.code as keyof typeof STATUS] ?? 500;
    throw HttpError.of(status, done.error);
  }
  return done.data;
}
