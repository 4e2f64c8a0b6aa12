import type { IncomingMessage } from "node:http";
import { hashToken, sameHash } from "../secrets";
import { bearer } from "./auth";
import { refused } from "./respond";

/**
 * On a server with a CREATE_SECRET, creating or importing a workshop needs it as the bearer token:
 * 401 without one, 403 with a wrong one. Compared as hashes in constant time, like every secret.
 */
export function requireCreateSecret(req: IncomingMessage, secret: string | undefined): void {
  if (!secret) return;
  const token = bearer(req, "this server's creation key");
  if (!sameHash(hashToken(token), hashToken(secret))) {
    throw refused(403, "forbidden", "creationKeyWrong");
  }
}
