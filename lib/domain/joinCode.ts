/**
 * Join codes are read off a projector and typed on a phone, so they use an alphabet without
 * look-alikes (no 0/O, 1/I/L) and are compared case-insensitively.
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

const VALID = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Upper-cases and drops spaces and dashes, so "abc-def" and " ABC DEF " both find ABCDEF. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

export function isJoinCode(code: string): boolean {
  return VALID.test(code);
}

/**
 * Builds a code from random bytes (the caller owns randomness, the domain stays pure). Rejection
 * sampling keeps every letter equally likely.
 */
export function joinCodeFromBytes(bytes: Uint8Array): string | null {
  const n = JOIN_CODE_ALPHABET.length;
  const ceiling = 256 - (256 % n);
  let code = "";
  for (const b of bytes) {
    if (b >= ceiling) continue;
    code += JOIN_CODE_ALPHABET[b % n];
    if (code.length === JOIN_CODE_LENGTH) return code;
  }
  return null;
}
