import type { StepInput } from "@/lib/domain/features/catchup/schemas";
import type { CatchUpView } from "@/lib/domain/features/catchup/view";
import { browserStorage } from "@/lib/client/storage";

export interface Invite {
  title: string;
  team: string;
  open: boolean;
  deadline: number;
}

/** A refusal the person should read (the server's message), not a network failure. */
export class Refused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function call<T>(path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api/catchup${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as T & { error?: { message?: string } };
  if (!res.ok) throw new Refused(res.status, json.error?.message ?? res.statusText);
  return json;
}

export const readInvite = (invite: string) => call<{ invite: Invite }>("", invite).then((r) => r.invite);
export const readView = (own: string) => call<{ view: CatchUpView }>("", own).then((r) => r.view);
export const joinCatchUp = (invite: string, name: string) => call<{ token: string; view: CatchUpView }>("/join", invite, { name });
export const sendStep = (own: string, phaseId: string, input: StepInput) =>
  call<{ view: CatchUpView }>("/steps", own, { phaseId, input }).then((r) => r.view);

/** The phone keeps its own catch-up token per link, so a reload or a week's pause continues. */
const key = (invite: string) => `onside:catchup:${invite}`;
export const ownToken = {
  get: (invite: string) => browserStorage().get(key(invite)),
  set: (invite: string, token: string) => browserStorage().set(key(invite), token),
};
