import { z } from "zod";
import { LIMITS } from "./limits";

/** Building blocks for the command and event schemas: every string has a ceiling. */

/** Trims, refuses empty text, and caps the length; the message names the limit. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`);
}

export const Id = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, "may hold only letters, digits, - and _")
  // State is kept in plain objects keyed by id: `cards["constructor"]` would find Object's own
  // member, and a command about it would write an event the log can no longer read back.
  .refine((id) => !(id in Object.prototype), "is a reserved name");

export const TeamSchema = z.object({ id: Id, name: text(LIMITS.teamName) });

/** Secrets are hex-encoded SHA-256 hashes; the clear tokens never reach the log. */
export const TokenHash = z.string().regex(/^[0-9a-f]{64}$/);
