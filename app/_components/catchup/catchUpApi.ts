import type { StepInput } from "@/lib/domain/features/catchup/schemas";
import type { CatchUpView } from "@/lib/domain/features/catchup/view";
import { request } from "@/lib/client/api";
import { browserStorage } from "@/lib/client/storage";

export interface Invite {
  title: string;
  team: string;
  open: boolean;
  deadline: number;
}

function call<T>(path: string, token: string, body?: unknown): Promise<T> {
  return request<T>(`/api/catchup${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
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
