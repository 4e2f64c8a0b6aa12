import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The pages' Content-Security-Policy. Next's App Router hydrates through inline scripts, so scripts
 * need either a fresh nonce per request or 'unsafe-inline'. A nonce would turn every page into one
 * rendered per request (no prerendered pages) and ask every page to read it; Onside chose
 * 'unsafe-inline' for scripts from its own origin only, because what keeps injected markup from
 * running is that no user text is ever rendered as HTML (React escapes it; nothing uses
 * dangerouslySetInnerHTML), and the policy still stops scripts, frames, objects and forms from
 * anywhere else, and any connection to another host. Styles are inline too (React style attributes).
 * Development adds 'unsafe-eval', which Next's dev runtime needs; the production build does not.
 */
export function pagePolicy(host: string | undefined, dev: boolean): string {
  // Socket.IO's WebSocket: 'self' covers ws:/wss: of the same host in current browsers, older ones
  // need it named. A Host header that is not a plain host[:port] is left out rather than echoed.
  const sockets = host && /^[a-z0-9.\-:[\]]{1,255}$/i.test(host) ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // QR codes may be data: URLs; downloads are blob: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The API serves data and downloads, never a document: it may load nothing and be framed by no one. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every response carries, whatever answers it. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  // Secrets travel in URL fragments, which are never sent; still, no page tells another where it was.
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

/** Sets the security headers on a response before anything else writes to it. */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, options: { api: boolean; dev: boolean }): void {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
  res.setHeader("content-security-policy", options.api ? API_POLICY : pagePolicy(req.headers.host, options.dev));
}
