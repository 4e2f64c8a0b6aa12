import type { KeyValue } from "./storage";

/** 128 random bits, URL-safe: enough that nobody guesses someone else's way back in. */
export function randomToken(bytes = 16): string {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  let s = "";
  for (const b of buf) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The phone's own token for a workshop, made on the first visit and kept: a reload, a locked
 * screen or a new network brings the same person back.
 */
export function participantToken(storage: KeyValue, code: string): string {
  const known = knownParticipantToken(storage, code);
  if (known) return known;
  const token = randomToken();
  storage.set(participantKey(code), token);
  return token;
}

/** This phone's token for a workshop if it has one; never makes one (the report page only reads). */
export function knownParticipantToken(storage: KeyValue, code: string): string | null {
  return storage.get(participantKey(code));
}

const participantKey = (code: string) => `onside:participant:${code}`;

/**
 * The facilitator's token arrives in the link's #fragment (never sent to a server log); once the
 * server has accepted it, this browser remembers it so the bare console address works too.
 */
export function facilitatorToken(storage: KeyValue, code: string, hash: string): string | null {
  const fromLink = new URLSearchParams(hash.replace(/^#/, "")).get("key");
  return fromLink ?? storage.get(facilitatorKey(code));
}

/** Kept only after the server accepted it: a mistyped link never replaces a good key. */
export function rememberFacilitatorToken(storage: KeyValue, code: string, token: string): void {
  storage.set(facilitatorKey(code), token);
}

const facilitatorKey = (code: string) => `onside:facilitator:${code}`;
