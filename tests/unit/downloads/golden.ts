import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), "golden");

/**
 * Compares `actual` byte for byte with `golden/<name>`; with UPDATE_GOLDEN=1 it writes the file
 * instead. Compared as text first so a failure shows a readable diff, then as bytes so a BOM or
 * a line ending cannot slip through.
 */
export function expectGolden(name: string, actual: string | Buffer): void {
  const bytes = typeof actual === "string" ? Buffer.from(actual, "utf8") : actual;
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, bytes);
    return;
  }
  const expected = readFileSync(file);
  expect(bytes.toString("utf8"), `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)`).toBe(expected.toString("utf8"));
  expect(bytes.equals(expected), `${name} differs from its golden file in bytes`).toBe(true);
}
