import { request } from "@/lib/client/api";
import type { CatchUpSummary } from "@/lib/domain/features/catchup/summary";

/** The facilitator's catch-up calls: the catch-up lives on the server only, so it is asked for. */
function call<T>(code: string, token: string, path: string, body?: unknown): Promise<T> {
  return request<T>(`/api/workshops/${encodeURIComponent(code)}/catchup${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

type Summary = { catchup: CatchUpSummary | null };

export const catchUpAdmin = {
  summary: (code: string, token: string) => call<Summary>(code, token, "").then((r) => r.catchup),
  open: (code: string, token: string, deadline: number, phaseIds: readonly string[]) =>
    call<Summary>(code, token, "", { deadline, phaseIds }).then((r) => r.catchup),
  extend: (code: string, token: string, deadline: number) => call<Summary>(code, token, "/extend", { deadline }).then((r) => r.catchup),
  close: (code: string, token: string) => call<Summary>(code, token, "/close", {}).then((r) => r.catchup),
  link: (code: string, token: string, teamId: string) => call<{ url: string }>(code, token, "/links", { teamId }).then((r) => r.url),
};
