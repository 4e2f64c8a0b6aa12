import { z } from "zod";
import { expect, it } from "vitest";

/**
 * instrumentation-client.ts turns zod's compiled parsers off for the browser (its CSP forbids
 * eval) without importing zod, through the configuration object zod keeps on `globalThis`. If a
 * new zod stopped reading it there, pages would report a CSP violation again.
 */
it("configures zod for the pages through the object zod itself reads its configuration from", async () => {
  const shared = globalThis as typeof globalThis & { __zod_globalConfig?: object };
  expect(z.config(), "zod's configuration is globalThis.__zod_globalConfig").toBe(shared.__zod_globalConfig);
  expect(z.config().jitless).toBeFalsy();
  await import("@/instrumentation-client");
  expect(z.config().jitless).toBe(true);
});
