import type { DomainErrorCode, InputIssue, ReasonParams } from "@/lib/domain";

/** Every reason a request can fail: the domain's, plus those of the transport around it. */
export type ErrorCode =
  | DomainErrorCode
  /** The facilitator token (or another secret) is wrong. */
  | "unauthorized"
  /** This socket has not joined the workshop yet. */
  | "not_joined"
  | "rate_limited"
  /** The store cannot take writes right now; nothing was changed, try again. */
  | "unavailable"
  | "protocol_mismatch"
  | "internal";

export interface ErrorBody {
  code: ErrorCode;
  /** In English, for logs and API clients; a page shows `reason` in its own language instead. */
  message: string;
  /** A key of the `errors` catalogue (a refusal of lib/domain/reasons or a service reason). */
  reason?: string;
  params?: ReasonParams;
  /** For `invalid_input`: which field, and what is wrong with it. */
  issues?: InputIssue[];
}

/** The answer to every request that takes a callback. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Errors a client should retry with the same command id (nothing happened on the server). */
export const RETRYABLE: readonly ErrorCode[] = ["unavailable", "rate_limited", "internal"];
