import {
  type CreatedWorkshop,
  type DownloadFormat,
  type EditLink,
  type ProgressFields,
  type ReportResponse,
  type ShareLink,
} from "@/lib/protocol";
import type { CatchUpSummary } from "@/lib/domain/features/catchup/summary";
import type { ReportAgreement } from "@/lib/domain/report";
import type { Language } from "@/lib/i18n";
import { failureOf, offline } from "./api";
import { filenameFromDisposition } from "./report";

/**
 * The report's endpoints, each with the bearer token the page resolved. Failures come back as
 * `ApiFailure` with the server's own message (and its per-field issues), so pages show them as
 * they are.
 */
const base = (code: string) => `/api/workshops/${encodeURIComponent(code)}`;

async function send(path: string, token: string | null, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers, cache: "no-store" });
  } catch {
    throw offline();
  }
  if (res.ok) return res;
  throw await failureOf(res);
}

async function json<T>(path: string, token: string | null, init?: RequestInit): Promise<T> {
  const res = await send(path, token, init);
  return (await res.json()) as T;
}

const post = (body?: unknown): RequestInit =>
  body === undefined
    ? { method: "POST" }
    : { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) };

export const reportApi = {
  report: (code: string, token: string) => json<ReportResponse>(`${base(code)}/report`, token),

  share: (code: string, token: string) => json<ShareLink>(`${base(code)}/share`, token, post()),

  editLink: (code: string, token: string, agreementId: string) =>
    json<EditLink>(`${base(code)}/agreements/${encodeURIComponent(agreementId)}/edit-link`, token, post()),

  /** The catch-up as this reader may see it: an owner's token reads the concerns about their agreement only. */
  catchUp: (code: string, token: string) => json<{ catchup: CatchUpSummary | null }>(`${base(code)}/catchup`, token),

  progress: (code: string, token: string, agreementId: string, fields: ProgressFields) =>
    json<{ agreement: ReportAgreement }>(`${base(code)}/agreements/${encodeURIComponent(agreementId)}/progress`, token, post(fields)),

  /** The export file's text as it was downloaded: the server reads and checks it. */
  /** `createKey`: the server's creation key, on a server that asks for one. */
  importWorkshop: (exportText: string, createKey?: string) => json<CreatedWorkshop>("/api/workshops/import", createKey ?? null, post(exportText)),
};

/** What a download button fetches: the agreements in one format, or the whole workshop (facilitators). */
export type DownloadKind = DownloadFormat | "json";

/**
 * Fetches a file, in the page's language, with the bearer header (a plain link cannot carry one) and saves it under the
 * name the server gave it.
 */
export async function download(code: string, token: string, kind: DownloadKind, lang: Language): Promise<void> {
  const path = kind === "json" ? `${base(code)}/export` : `${base(code)}/agreements?format=${kind}&lang=${lang}`;
  const res = await send(path, token);
  const fallback = kind === "json" ? `onside-${code}.json` : `onside-${code}-agreements.${kind}`;
  saveBlob(await res.blob(), filenameFromDisposition(res.headers.get("content-disposition"), fallback));
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the object URL after click() returns: let go of it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
