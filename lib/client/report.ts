import { facilitatorToken, knownParticipantToken } from "./identity";
import { readJson, type KeyValue } from "./storage";

/**
 * Which secret the report page sends, and where it came from. A link's secret (a share link for
 * colleagues who were not there, an owner's link to update one agreement) arrives in the
 * #fragment; people of the workshop already have theirs in this browser.
 */
export type ReportCredential =
  | { source: "share" | "edit"; token: string }
  | { source: "facilitator" | "participant"; token: string };

type LinkCredential = Extract<ReportCredential, { source: "share" | "edit" }>;

/** The secret a report link carries in its #fragment (`#share=…` or `#edit=…`), if any. */
export function linkSecret(hash: string): LinkCredential | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const edit = params.get("edit");
  if (edit) return { source: "edit", token: edit };
  const share = params.get("share");
  if (share) return { source: "share", token: share };
  return null;
}

const linkKey = (code: string) => `onside:report-link:${code}`;

/**
 * The token the report is asked with, strongest first:
 * 1. a secret in this address's #fragment (remembered, so the page still opens once the address
 *    bar no longer shows it, after a reload or from a bookmark);
 * 2. the facilitator key this browser remembers (only kept once the console accepted it): it may
 *    do everything the links may;
 * 3. a share or owner's link opened here before;
 * 4. this phone's participant token, only if it joined: the report page never makes one, as a
 *    token made here would belong to nobody.
 * `null` when there is none: the page then says where to open it from.
 */
export function reportCredential(storage: KeyValue, code: string, hash: string): ReportCredential | null {
  const fromLink = linkSecret(hash);
  if (fromLink) {
    storage.set(linkKey(code), JSON.stringify(fromLink));
    return fromLink;
  }
  // An empty fragment: a `#key=` in a report address is no reason to trust it as the facilitator's.
  const facilitator = facilitatorToken(storage, code, "");
  if (facilitator) return { source: "facilitator", token: facilitator };
  const remembered = rememberedLink(storage, code);
  if (remembered) return remembered;
  const participant = knownParticipantToken(storage, code);
  if (participant) return { source: "participant", token: participant };
  return null;
}

function rememberedLink(storage: KeyValue, code: string): LinkCredential | null {
  const value = readJson<unknown>(storage, linkKey(code), null);
  if (typeof value !== "object" || value === null) return null;
  const { source, token } = value as Record<string, unknown>;
  if ((source !== "share" && source !== "edit") || typeof token !== "string" || !token) return null;
  return { source, token };
}

/** Forget a remembered link the server no longer accepts, so the next visit tries the others. */
export function forgetReportLink(storage: KeyValue, code: string): void {
  storage.remove(linkKey(code));
}

/** The address without the secret in its fragment: what the address bar, history and a screenshot show. */
export function withoutLinkSecret(href: string): string {
  const url = new URL(href);
  // Part by part, so whatever else the fragment holds (an anchor) stays as it was written.
  const rest = url.hash
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part && !/^(share|edit)=/.test(part))
    .join("&");
  url.hash = rest;
  return url.toString();
}

/**
 * The file name a download should be saved as, from its Content-Disposition header. The RFC 5987
 * form (`filename*=UTF-8''…`, percent-encoded) wins over the plain one, as browsers do; path
 * separators are dropped so a name can never point elsewhere. `fallback` when there is none.
 */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
  const fromExtended = extended ? decodeExtended(extended) : null;
  const plain = /(?:^|;)\s*filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
  const fromPlain = plain ? (plain[2] !== undefined ? plain[2].replace(/\\(.)/g, "$1") : plain[1]?.trim()) : null;
  const name = (fromExtended ?? fromPlain ?? "").replace(/[/\\]/g, "_").trim();
  return name || fallback;
}

function decodeExtended(value: string): string | null {
  const match = /^([\w-]*)'[\w-]*'(.*)$/.exec(value.replace(/^"|"$/g, ""));
  if (!match) return null;
  const [, charset = "", encoded = ""] = match;
  if (charset && charset.toLowerCase() !== "utf-8") return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/**
 * How far a progress bar is filled (0–100, clamped) and the real share it stands for, which may
 * lie beyond either end ("130 %" when the target was beaten, "−20 %" when it went backwards).
 */
export function progressBar(progress: number): { fill: number; percent: number } {
  const percent = Math.round(progress * 100);
  return { fill: Math.min(100, Math.max(0, percent)), percent };
}
