import type { AgreementStatus } from "@/lib/domain";

/** Each follow-up status's word in the "agreements" area of the catalogue: on every page that shows one. */
export const STATUS_KEYS = {
  "not-started": "statusNotStarted",
  "on-track": "statusOnTrack",
  "at-risk": "statusAtRisk",
  done: "statusDone",
} as const satisfies Record<AgreementStatus, string>;
