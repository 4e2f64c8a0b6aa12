import type { IncomingMessage } from "node:http";
import type { WorkshopState } from "@/lib/domain";
import { hashToken, isFacilitatorToken, sameHash } from "../secrets";
import { HttpError, refused } from "./respond";

/** Who holds a bearer token, as far as the HTTP API is concerned. */
export type Reader =
  | { role: "facilitator" }
  | { role: "participant"; participantId: string }
  | { role: "share" }
  | { role: "owner"; agreementId: string };

/** The token of `Authorization: Bearer <token>`; 401 when there is none. */
export function bearer(req: IncomingMessage, what: string): string {
  const match = /^Bearer\s+(\S{1,256})\s*$/i.exec(req.headers.authorization ?? "");
  if (!match?.[1]) {
    throw new HttpError(401, "unauthorized", `Send ${what} as Authorization: Bearer <token>.`, undefined, {
      "www-authenticate": 'Bearer realm="onside"',
    });
  }
  return match[1];
}

/**
 * Which of the workshop's secrets a token is, or `null`. Share and edit links are compared in
 * constant time, every one of them, so a timing tells neither whether nor which one matched. A
 * participant the facilitator removed is no longer in.
 */
export function readerOf(state: WorkshopState, token: string): Reader | null {
  const secrets = state.secrets;
  if (!secrets) throw new Error(`Workshop ${state.code} has no secrets on the server`);
  if (isFacilitatorToken(secrets, token)) return { role: "facilitator" };
  const hash = hashToken(token);
  const participantId = secrets.participantByTokenHash[hash];
  if (participantId) return state.participants[participantId]?.removed === false ? { role: "participant", participantId } : null;
  let shared = false;
  for (const known of secrets.shareTokenHashes) shared = sameHash(hash, known) || shared;
  if (shared) return { role: "share" };
  let agreementId: string | null = null;
  for (const [known, id] of Object.entries(secrets.editLinks)) if (sameHash(hash, known)) agreementId = id;
  return agreementId && state.agreements[agreementId] ? { role: "owner", agreementId } : null;
}

/** The reader, or 403 when the token opens nothing in this workshop. */
export function requireReader(state: WorkshopState, token: string): Reader {
  const reader = readerOf(state, token);
  if (!reader) throw refused(403, "forbidden", "linkWrong");
  return reader;
}

/** 403 unless the token is the facilitator's (or a co-facilitator's). */
export function requireFacilitator(state: WorkshopState, token: string): void {
  if (readerOf(state, token)?.role !== "facilitator") {
    throw refused(403, "forbidden", "facilitatorKeyOnly");
  }
}
