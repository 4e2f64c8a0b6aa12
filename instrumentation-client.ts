import { z } from "zod";

/**
 * zod compiles object parsers with `new Function` when it may, and probes whether it may by
 * trying. Onside's pages forbid eval in their Content-Security-Policy, so the probe would be
 * reported as a violation on every page. In the browser the parsers run interpreted: the
 * payloads are small, and the server (no CSP) keeps the compiled ones. Set here because Next runs
 * this file before any page module, and zod decides when each schema is made, at import time.
 */
z.config({ jitless: true });
