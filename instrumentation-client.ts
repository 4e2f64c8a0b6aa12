/**
 * zod compiles object parsers with `new Function` when it may, and probes whether it may by
 * trying. Onside's pages forbid eval in their Content-Security-Policy, so the probe would be
 * reported as a violation on every page that makes a schema. In the browser the parsers run
 * interpreted: the payloads are small, and the server (no CSP) keeps the compiled ones. Set here
 * because Next runs this file before any page module, and zod decides when each schema is made, at
 * import time.
 *
 * Set on the configuration object zod keeps on `globalThis` (zod 4 takes it from there when it
 * loads, and every copy of zod shares it) rather than through `z.config()`: importing zod here put
 * all of it, 31 KB gzipped, into the first load of every page, the participant's page too, which
 * does not otherwise need it. tests/e2e/xss.spec.ts fails if the probe is reported again.
 */
const shared = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
(shared.__zod_globalConfig ??= {}).jitless = true;

export {};
