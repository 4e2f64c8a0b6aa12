import type { z } from "zod";
import { issuesOf } from "@/lib/domain";
import type { Ack } from "@/lib/protocol";
import { invalidInputError, serviceError } from "@/lib/protocol/reasons";

/** Turns zod's findings into the protocol's `invalid_input`, field by field. */
export function invalidInput(error: z.ZodError): Ack<never> {
  return { ok: false, error: invalidInputError(issuesOf(error)) };
}

export function internalError(): Ack<never> {
  return { ok: false, error: serviceError("internal", "internal") };
}

export function rateLimited(): Ack<never> {
  return { ok: false, error: serviceError("rate_limited", "slowDown") };
}

export function workshopFull(max: number): Ack<never> {
  return { ok: false, error: serviceError("closed", "full", { max }) };
}
