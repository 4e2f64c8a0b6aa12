import { z } from "zod";
import { CheckedCommandSchema, type CommandResult, type WorkshopState } from "@/lib/domain";
import type { Ack } from "./ack";
import type { PublicWorkshopInfo } from "./http";
import type { WireEvent } from "./wire";

/** A command as sent: the client-made id makes a retry take effect once. */
export const CommandEnvelopeSchema = z.object({
  id: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  command: CheckedCommandSchema,
});
/** As a client sends it; optional fields are filled in by the server's parse. */
export type CommandEnvelope = z.input<typeof CommandEnvelopeSchema>;

export const SyncRequestSchema = z.object({ since: z.number().int().nonnegative() });
export type SyncRequest = z.infer<typeof SyncRequestSchema>;

/** Who the server takes this socket to be. */
export type You =
  | { role: "facilitator" }
  | { role: "screen" }
  | { role: "participant"; participantId: string }
  /** Holds a token the workshop does not know yet: may send `participant.join` only. */
  | { role: "guest" };

export interface SessionReady {
  you: You;
  /** The server's clock, so that timers count down the same on every screen. */
  serverTime: number;
}

export interface Snapshot {
  seq: number;
  state: WorkshopState;
}

export type SyncResponse = { kind: "events"; events: WireEvent[] } | { kind: "snapshot"; snapshot: Snapshot };

export interface Presence {
  /** Ids of the participants with at least one open connection: told to facilitators only, `[]` to the others. */
  online: string[];
  facilitators: number;
  screens: number;
}

export interface CommandAck extends CommandResult {
  /** The sequence number of the last event the command produced (or the log's, if none). */
  seq: number;
}

export interface ClientToServerEvents {
  "workshop:command": (envelope: CommandEnvelope, ack: (res: Ack<CommandAck>) => void) => void;
  "workshop:sync": (request: SyncRequest, ack: (res: Ack<SyncResponse>) => void) => void;
}

export interface ServerToClientEvents {
  "session:ready": (ready: SessionReady) => void;
  "workshop:snapshot": (snapshot: Snapshot) => void;
  /**
   * In sequence order, without gaps; several events may come in one batch. Each `card.added` comes
   * as a tuple (wire.ts): read them with `unpack`.
   */
  "workshop:events": (events: WireEvent[]) => void;
  /**
   * A large `workshop:events` batch, deflated (deflated.ts): to clients that said `deflate: true`
   * only. Read it with `inflateEvents`, in its turn among the other messages.
   */
  "workshop:deflated": (base64: string) => void;
  /**
   * To one participant: their own copies of events in the `workshop:events` or
   * `workshop:deflated` message that comes next (an anonymous card's author sees it is theirs).
   * Hold each until an event of its `seq` and `at` comes, and apply it in that event's place.
   */
  "workshop:own": (events: WireEvent[]) => void;
  "presence:changed": (presence: Presence) => void;
  /**
   * To guests only (a phone on the join form): the workshop's public card, the same as
   * `GET /api/workshops/:code` answers. Sent when a guest connects and again whenever the
   * facilitator changes what it holds (teams, language, the current phase).
   */
  "workshop:info": (info: PublicWorkshopInfo) => void;
  /** The server is shutting down; the client reconnects by itself when it is back. */
  "server:closing": () => void;
}
