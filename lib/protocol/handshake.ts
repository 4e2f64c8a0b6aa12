import { z } from "zod";

/**
 * The client can inflate `workshop:deflated` (lib/protocol/deflated.ts). A client that does not
 * say so gets every batch as `workshop:events`.
 */
const deflate = z.boolean().optional();

/**
 * What a socket says when it connects (Socket.IO's `auth`). It is sent again on every reconnect,
 * with the last sequence number the client holds, so the server sends only what was missed.
 */
export const HandshakeSchema = z.discriminatedUnion("role", [
  z.object({
    protocol: z.number().int(),
    code: z.string().min(1).max(16),
    role: z.literal("facilitator"),
    token: z.string().min(16).max(128),
    since: z.number().int().nonnegative().optional(),
    deflate,
  }),
  z.object({
    protocol: z.number().int(),
    code: z.string().min(1).max(16),
    role: z.literal("participant"),
    /** Made by the phone on its first visit and kept there: it is how a person comes back. */
    token: z
      .string()
      .min(22, "a participant token needs at least 128 bits")
      .max(128)
      .regex(/^[A-Za-z0-9_-]+$/),
    since: z.number().int().nonnegative().optional(),
    deflate,
  }),
  z.object({
    protocol: z.number().int(),
    code: z.string().min(1).max(16),
    role: z.literal("screen"),
    since: z.number().int().nonnegative().optional(),
    deflate,
  }),
]);
export type Handshake = z.infer<typeof HandshakeSchema>;
