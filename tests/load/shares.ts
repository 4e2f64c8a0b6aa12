import { randomBytes } from "node:crypto";
import type { BenchWorkshop } from "./facilitator";
import type { PhoneSpec } from "./messages";

/**
 * A run's phones, dealt out to the load generators. They take turns, so each workshop's phones
 * are spread over every generator, and every tenth phone of each generator is on long-polling.
 * (Every tenth phone of all, with two generators, put every long-polling phone in the second: it
 * did two and a half times the first one's collecting, and every phone it held waited through
 * it; bench/NOTES.md 52.)
 */
export function dealPhones(workshops: readonly BenchWorkshop[], perWorkshop: number, generators: number): PhoneSpec[][] {
  const shares: PhoneSpec[][] = Array.from({ length: generators }, () => []);
  let i = 0;
  for (const w of workshops) {
    for (let local = 0; local < perWorkshop; local++, i++) {
      const share = shares[i % generators]!;
      share.push({
        local,
        code: w.code,
        teamId: w.teamIds[local % w.teamIds.length]!,
        token: randomBytes(16).toString("base64url"),
        transport: share.length % 10 === 9 ? "polling" : "websocket",
      });
    }
  }
  return shares;
}
