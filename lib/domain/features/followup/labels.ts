import type { AgreementStatus } from "../../model";

/** How a status reads, on every page and in every download. */
export const STATUS_LABELS: Record<AgreementStatus, string> = {
  "not-started": "Not started",
  "on-track": "On track",
  "at-risk": "At risk",
  done: "Done",
};
