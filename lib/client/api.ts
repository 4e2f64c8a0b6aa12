import type { CreateWorkshop, CreatedWorkshop, PublicWorkshopInfo, ServerConfig } from "@/lib/protocol";

/** The HTTP API as the pages use it. Errors come back as the server's own message. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
  } catch {
    throw new ApiFailure(0, "No connection to the Onside server. Check the Wi-Fi and try again.");
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  // Loaded when an error comes, not with the page: the HTTP contract's module brings the
  // workshop's rules with it (its creation schema), which a phone joining never needs.
  const { ApiErrorSchema } = await import("@/lib/protocol/http");
  const parsed = ApiErrorSchema.safeParse(body);
  throw new ApiFailure(
    res.status,
    parsed.success ? parsed.data.error.message : `The server answered ${res.status}.`,
    parsed.success ? parsed.data.error.issues : [],
  );
}

export const api = {
  /** `createKey`: the server's creation key, on a server that asks for one (GET /api/config). */
  createWorkshop: (input: CreateWorkshop, createKey?: string) =>
    call<CreatedWorkshop>("/api/workshops", {
      method: "POST",
      body: JSON.stringify(input),
      headers: createKey ? { authorization: `Bearer ${createKey}` } : {},
    }),
  config: () => call<ServerConfig>("/api/config"),
  workshop: (code: string) => call<PublicWorkshopInfo>(`/api/workshops/${encodeURIComponent(code)}`),
};
