import { describe, expect, it } from "vitest";
import type { Secrets } from "@/lib/domain";
import { hashToken, isFacilitatorToken, newFacilitatorToken, sameHash } from "@/server/secrets";

const FACILITATOR = "facilitator-token-0123456789abcdef";
const CO_FIRST = "co-facilitator-token-first-000000";
const CO_LAST = "co-facilitator-token-last-0000000";
const PARTICIPANT = "participant-token-0123456789abcdef";

const secrets: Secrets = {
  facilitatorTokenHash: hashToken(FACILITATOR),
  coFacilitatorTokenHashes: [hashToken(CO_FIRST), hashToken("co-facilitator-in-the-middle"), hashToken(CO_LAST)],
  participantByTokenHash: { [hashToken(PARTICIPANT)]: "p2" },
  shareTokenHashes: [],
  editLinks: {},
};

describe("isFacilitatorToken: who opens the console", () => {
  it.each<[string, string, boolean]>([
    ["the facilitator's token", FACILITATOR, true],
    ["the first co-facilitator's token", CO_FIRST, true],
    ["the last co-facilitator's token", CO_LAST, true],
    ["a participant's token", PARTICIPANT, false],
    ["an unknown token", "someone-else-entirely-0000000000", false],
    ["the facilitator's token in other case", FACILITATOR.toUpperCase(), false],
    ["the facilitator's token with a trailing space", `${FACILITATOR} `, false],
    ["the stored hash itself (a leaked database opens nothing)", hashToken(FACILITATOR), false],
    ["an empty token", "", false],
  ])("%s → %s", (_name, token, opens) => {
    expect(isFacilitatorToken(secrets, token)).toBe(opens);
  });

  it("before any co-facilitator link, only the facilitator's token opens it", () => {
    const alone: Secrets = { ...secrets, coFacilitatorTokenHashes: [] };
    expect([FACILITATOR, CO_FIRST].map((t) => isFacilitatorToken(alone, t))).toEqual([true, false]);
  });
});

describe("token hashing and comparison", () => {
  it("hashes to 64 hex characters, the same every time, different per token", () => {
    expect(hashToken(FACILITATOR)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(FACILITATOR)).toBe(hashToken(FACILITATOR));
    expect(hashToken(FACILITATOR)).not.toBe(hashToken(CO_FIRST));
  });

  it.each<[string, string, string, boolean]>([
    ["equal hashes", "ab".repeat(32), "ab".repeat(32), true],
    ["different hashes", "ab".repeat(32), "ac".repeat(32), false],
    ["different lengths", "ab".repeat(32), "ab".repeat(31), false],
    ["two empty strings", "", "", false],
  ])("sameHash: %s → %s", (_name, a, b, same) => {
    expect(sameHash(a, b)).toBe(same);
  });

  it("a new facilitator token is 192 bits of base64url, and never the same twice", () => {
    const tokens = Array.from({ length: 20 }, newFacilitatorToken);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
