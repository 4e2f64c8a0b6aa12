import type { CreateWorkshop, CreatedWorkshop, ErrorBody, PublicWorkshopInfo, ServerConfig } from "@/lib/protocol";
import { serviceError } from "@/lib/protocol/reasons";

/**
 * The HTTP API as the pages use it. A failure keeps the server's reason, which the page words in
 * its language (`useExplain().error(failure)`), and its English message for anything else.
 */
export class ApiFailure extends Error {
  readonly reason?: string;
  readonly params?: ErrorBody["params"];
  readonly issues: NonNullable<ErrorBody["issues"]>;
  constructor(
    readonly status: number,
    body: Omit<ErrorBody, "code">,
  ) {
    super(body.message);
    this.reason = body.reason;
    this.params = body.params;
    this.issues = body.issues ?? [];
  }
}

/** A JSON request to Onside's API: its answer, or an `ApiFailure` that says why not. */
export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
  } catch {
    throw offline();
  }
  if (!res.ok) throw await failureOf(res);
  return (await res.json()) as T;
}

/** No answer at all: the phone or the venue's Wi-Fi is offline. */
export const offline = () => new ApiFailure(0, serviceError("unavailable", "offline"));

/** What an answer that is not a 2xx says went wrong. */
export async function failureOf(res: Response): Promise<ApiFailure> {
  const body: unknown = await res.json().catch(() => null);
  // Loaded when an error comes, not with the page: the HTTP contract's module brings the
  // workshop's rules with it (its creation schema), which a phone joining never needs.
  const { ApiErrorSchema } = await import("@/lib/protocol/http");
  const parsed = ApiErrorSchema.safeParse(body);
  return new ApiFailure(res.status, parsed.success ? parsed.data.error : serviceError("internal", "serverAnswered", { status: res.status }));
}

export const api = {
  /** `createKey`: the server's creation key, on a server that asks for one (GET /api/config). */
  createWorkshop: (input: CreateWorkshop, createKey?: string) =>
    request<CreatedWorkshop>("/api/workshops", {
      method: "POST",
      body: JSON.stringify(input),
      headers: createKey ? { authorization: `Bearer ${createKey}` } : {},
    }),
  config: () => request<ServerConfig>("/api/config"),
  workshop: (code: string) => request<PublicWorkshopInfo>(`/api/workshops/${encodeURIComponent(code)}`),
};
