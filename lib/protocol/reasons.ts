// The two small modules, not the domain's index: every page's API client loads this one.
import type { InputIssue } from "@/lib/domain/issues";
import { fill, type ReasonParams } from "@/lib/domain/reasons";
import type { ErrorBody, ErrorCode } from "./ack";

/**
 * Why the server, rather than the workshop, said no: links, limits, the store. Like the domain's
 * refusals (lib/domain/reasons.ts) they travel as a reason, which each page words in its language
 * (the `errors` area of the catalogues); the English here is the message.
 */
export const SERVICE_REASONS = {
  offline: "No connection to the Onside server. Check the Wi-Fi and try again.",
  serverAnswered: "The server answered {status}.",
  internal: "Something went wrong on the server; please try again.",
  unavailable: "The server cannot save right now; please try again.",
  restarting: "The server is restarting; your input will be sent again when it is back.",
  notSaved: "Your input could not be saved just now. It will be sent again.",
  busy: "The workshop is very busy; your input will be sent again.",
  slowDown: "That was a lot at once: your input goes again in a moment.",
  manyConnections: "Many connections from this network at once: trying again in a moment.",
  manyCodes: "Too many unknown workshop codes were tried from this network. Please wait a moment and try again.",
  manyLinks: "Too many links that open nothing were tried from this network. Please wait a moment and try again.",
  manyWorkshops: "Many workshops were created from this network just now. Please wait a minute and try again.",
  updated: "Onside was updated: reload the page to continue.",
  linkDamaged: "This link is incomplete or damaged.",
  noWorkshop: "No workshop has that code.",
  noWorkshopCode: "No workshop has the code {code}.",
  deleted: "This workshop was deleted.",
  cannotOpen: "The server could not open this workshop.",
  full: "This workshop is full: it takes at most {max} people. Ask the facilitator.",
  facilitatorLinkWrong: "This facilitator link is not valid for this workshop.",
  linkWrong: "This link or key does not open this workshop.",
  facilitatorKeyOnly: "Only the facilitator can do this; this key is not a facilitator key of this workshop.",
  creationKeyWrong: "That is not this server's creation key. Ask whoever runs this server for it.",
  askCofacilitatorLink: "Ask for a co-facilitator link from the console.",
  catchUpLinkDead: "This catch-up link does not open anything.",
  joinCatchUpFirst: "Join the catch-up first.",
  catchUpJoined: "You already joined this catch-up.",
  followCatchUp: "Only the facilitator or an agreement's owner can follow the catch-up.",
};

export type ServiceReason = keyof typeof SERVICE_REASONS;

/** An error body with its English message and the reason a page translates. */
export function serviceError(code: ErrorCode, reason: ServiceReason, params?: ReasonParams): ErrorBody {
  return { code, reason, ...(params ? { params } : {}), message: fill(SERVICE_REASONS[reason], params) };
}

/**
 * zod's findings as the protocol's `invalid_input`: the first one up front, then each by field
 * with its reason (a page words the first one from `issues`, in its language).
 */
export function invalidInputError(issues: readonly InputIssue[], fallback = "The input is not valid."): ErrorBody {
  const first = issues[0];
  if (!first) return { code: "invalid_input", message: fallback };
  return { code: "invalid_input", message: first.path ? `${first.path}: ${first.message}` : first.message, issues: [...issues] };
}
