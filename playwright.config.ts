import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * E2E runs the production build through the real server (pages, API and sockets on one port) on
 * a fresh data directory. Phones and the facilitator are separate browser contexts in each test.
 */
const port = Number(process.env.E2E_PORT ?? 3917);
const baseURL = `http://127.0.0.1:${port}`;
// Made once by the runner; its workers load this file again and inherit the same directory.
const dataDir = (process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "onside-e2e-")));

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // What a failure needs (every action, the DOM before and after it, the network), without the
    // trace's film of the screens: filming every page all along made the suite a fifth slower.
    trace: { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      // Root on an offline machine: no sandbox, and no calls home that would only fail.
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    // The server as `npm start` runs it: compiled (scripts/build-server.mjs), not through tsx.
    command: `node scripts/build-server.mjs && node --enable-source-maps .onside/main.js`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      // Phones in the tests reach the server on loopback, never on a LAN address.
      PUBLIC_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
