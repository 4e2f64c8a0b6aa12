import { z } from "zod";
import { TokenHash } from "../../schemas";

/**
 * A second facilitator on another laptop. The server makes the token and hashes it; the command
 * carries only the hash, so the clear token never reaches the log.
 */
export const cofacilitatorCommands = [
  /** Sent by the server's HTTP route on the facilitator's behalf, never typed in by a client. */
  z.object({ type: z.literal("cofacilitator.add"), tokenHash: TokenHash }),
] as const;

export const cofacilitatorEvents = [
  z.object({
    type: z.literal("cofacilitator.added"),
    /** Stripped from every copy that leaves the server. */
    tokenHash: TokenHash.optional(),
  }),
] as const;

/** Commands that only the server itself issues: a socket sending one should be refused. */
export const SERVER_ONLY_COMMANDS: ReadonlySet<string> = new Set(["cofacilitator.add", "share.add", "agreement.addEditLink", "catchup.addInvite", "catchup.join"]);
