// The Playwright suite against a production build, in the machine's Chromium. Where no browser
// exists at all it says so and skips, unless e2e is required (CI, or E2E_REQUIRED=1).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfNeeded } from "./build-if-needed.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const required = process.env.E2E_REQUIRED === "1" || process.env.CI === "true";

async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  try {
    const { chromium } = await import("@playwright/test");
    const installed = chromium.executablePath();
    if (installed && existsSync(installed)) return installed;
  } catch {
    // No Playwright browser either.
  }
  return null;
}

const chromium = await findChromium();
if (!chromium) {
  const message =
    "E2E: no Chromium found (looked for CHROMIUM_PATH, /usr/bin/chromium and a Playwright browser). " +
    "Install one (Debian: apt-get install chromium) to run the browser tests.";
  if (required) {
    console.error(`${message}\nE2E is required here, so this fails.`);
    process.exit(1);
  }
  console.warn(`${message}\nSkipping e2e.`);
  process.exit(0);
}

buildIfNeeded(root);
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: { ...process.env, CHROMIUM_PATH: chromium } },
);
process.exit(result.status ?? 1);
