import type { z } from "zod";
import type { Ack } from "@/lib/protocol";

/** Turns zod's findings into the protocol's `invalid_input`, field by field. */
export function invalidInput(error: z.ZodError): Ack<never> {
  const issues = error.issues.slice(0, 10).map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  return {
    ok: false,
    error: {
      code: "invalid_input",
      message: first ? `${first.path || "input"}: ${first.message}` : "The input is not valid.",
      issues,
    },
  };
}

export function internalError(): Ack<never> {
  return { ok: false, error: { code: "internal", message: "Something went wrong on the server; please try again." } };
}

export function rateLimited(): Ack<never> {
  return { ok: false, error: { code: "rate_limited", message: "That was a lot at once: your input goes again in a moment." } };
}

export function workshopFull(max: number): Ack<never> {
  return {
    ok: false,
    error: { code: "closed", message: `This workshop is full: it takes at most ${max} people. Ask the facilitator.` },
  };
}
