import { fill, REFUSALS, type ReasonParams, type Refusal } from "./reasons";

/** Why the workshop said no. The wire protocol adds its own codes on top (see lib/protocol). */
export type DomainErrorCode = "invalid_input" | "forbidden" | "not_found" | "conflict" | "closed";

export interface DomainError {
  code: DomainErrorCode;
  /** Which refusal: each phone words it in its own language from this and `params`. */
  reason: Refusal;
  params?: ReasonParams;
  /** The refusal in English, for logs and API clients. */
  message: string;
}

export function domainError(code: DomainErrorCode, reason: Refusal, params?: ReasonParams): DomainError {
  return { code, reason, ...(params ? { params } : {}), message: fill(REFUSALS[reason], params) };
}
