import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { joinCodeFromBytes, type Secrets } from "@/lib/domain";

/** Tokens are stored as SHA-256 hashes: a copied database opens no workshop. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 192 random bits for the facilitator's link. */
export function newFacilitatorToken(): string {
  return randomBytes(24).toString("base64url");
}

export function newJoinCode(): string {
  for (;;) {
    const code = joinCodeFromBytes(randomBytes(16));
    if (code) return code;
  }
}

/** Compares two hex hashes in constant time, so a timing does not tell how much was right. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * Whether a token opens the console: the facilitator's own or any co-facilitator's. Every hash is
 * compared, in constant time, so the timing tells neither whether nor which one matched.
 */
export function isFacilitatorToken(secrets: Secrets, token: string): boolean {
  const hash = hashToken(token);
  let match = false;
  for (const known of [secrets.facilitatorTokenHash, ...secrets.coFacilitatorTokenHashes]) {
    match = sameHash(hash, known) || match;
  }
  return match;
}
