import type { z } from "zod";
import { domainError, SERVER_ONLY_COMMANDS } from "@/lib/domain";
import { serviceError } from "@/lib/protocol/reasons";
import { CommandEnvelopeSchema, SyncRequestSchema, type Ack, type ClientToServerEvents } from "@/lib/protocol";
import { pack } from "@/lib/protocol/wire";
import { commandAnswered, timing } from "../benchMetrics";
import type { Limits } from "../limits";
import type { TokenBucket } from "../rateLimit";
import type { Room } from "../rooms/room";
import { viewerOf } from "./audiences";
import { invalidInput, internalError, rateLimited, workshopFull } from "./errors";
import type { OnsideSocket } from "./types";

export interface HandlerContext {
  socket: OnsideSocket;
  room: Room;
  /** Called after a guest's join succeeded: the socket becomes that participant. */
  promote: (participantId: string) => void;
  /** Disconnects every socket of a participant (on every node). */
  signOut: (participantId: string) => void;
  limits: Limits;
  /** This socket's budget of messages: every event it sends takes one. */
  bucket: TokenBucket;
  /** Called once a command's answer has gone: what it wrote may follow without waiting for the turn. */
  answered: () => void;
}

interface Handler<S extends z.ZodType, R> {
  schema: S;
  run: (ctx: HandlerContext, input: z.infer<S>) => Promise<Ack<R>> | Ack<R>;
}

const handler = <S extends z.ZodType, R>(h: Handler<S, R>) => h;

/** Every event a client may send, with the schema its payload must pass. */
export const HANDLERS = {
  "workshop:command": handler({
    schema: CommandEnvelopeSchema,
    async run({ socket, room, promote, signOut, limits }, { id, command }) {
      // Made by the server on the facilitator's behalf (it carries a hash the server chose).
      if (SERVER_ONLY_COMMANDS.has(command.type)) {
        return { ok: false, error: serviceError("forbidden", "askCofacilitatorLink") };
      }
      const { actor } = socket.data;
      const wasGuest = actor.role === "guest";
      // Someone new only: a phone that joined before (or was removed) is answered by the rules as ever.
      // Checked before the room's queue, so joins arriving at the same instant can pass the last place
      // together; the limit protects the server, it is not a seat count.
      if (command.type === "participant.join" && actor.role === "guest" && !room.state.secrets?.participantByTokenHash[actor.tokenHash]) {
        const people = Object.values(room.state.participants).filter((p) => !p.removed).length;
        if (!limits.roomFor(people)) return workshopFull(limits.settings.maxParticipants);
      }
      const res = await room.executeChecked(id, command, actor);
      if (res.ok && wasGuest && command.type === "participant.join" && res.data.id) promote(res.data.id);
      // A removed person's phones are signed out now, not at their next reconnect.
      if (res.ok && command.type === "participant.remove") signOut(command.participantId);
      return res;
    },
  }),
  "workshop:sync": handler({
    schema: SyncRequestSchema,
    async run({ socket, room }, { since }) {
      const viewer = viewerOf(socket.data.actor);
      if (!viewer) return { ok: false, error: { ...domainError("forbidden", "joinFirst"), code: "not_joined" } };
      // Several servers: what the others appended is read first, so the answer is never behind
      // what this phone already heard from them (and a gap it saw is filled).
      await room.refresh();
      const events = room.eventsSince(since, viewer);
      return {
        ok: true,
        data: events ? { kind: "events", events: pack(events) } : { kind: "snapshot", snapshot: room.snapshotFor(viewer) },
      };
    },
  }),
} satisfies { [E in keyof ClientToServerEvents]: Handler<z.ZodType, unknown> };

/**
 * Wires the table to a socket. One wrapper for all: parse the payload, run, answer through the
 * ack. A bad payload gets a typed error; an exception gets `internal`; the socket carries on.
 */
export function bindHandlers(ctx: HandlerContext, log: (err: unknown) => void): void {
  for (const [event, h] of Object.entries(HANDLERS) as [keyof typeof HANDLERS, Handler<z.ZodType, unknown>][]) {
    ctx.socket.on(event, async (payload: unknown, ack?: unknown) => {
      // A client that sends no callback gets no answer, but its command still counts.
      const answer = typeof ack === "function" ? (ack as (res: Ack<unknown>) => void) : () => {};
      const since = event === "workshop:command" && timing() ? performance.now() : null;
      const reply = (res: Ack<unknown>) => {
        answer(res);
        if (since !== null) commandAnswered(since);
      };
      // Counted before anything is read: a flood costs the server as little as possible. The client
      // sends a refused command again, with the same id, after a pause.
      if (!ctx.bucket.take().ok) return reply(rateLimited());
      const parsed = h.schema.safeParse(payload);
      if (!parsed.success) return reply(invalidInput(parsed.error));
      let res: Ack<unknown>;
      try {
        res = await h.run(ctx, parsed.data);
      } catch (err) {
        log(err);
        res = internalError();
      }
      reply(res);
      if (res.ok && event === "workshop:command") ctx.answered();
    });
  }
}
