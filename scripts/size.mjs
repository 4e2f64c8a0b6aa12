// `npm run size`: the JavaScript a phone downloads to open the participant's page (/w/[code]),
// gzipped, beside the least any page of this build downloads. Fails when the participant's page
// is more than BUDGET_KB over that floor: phones on a venue's Wi-Fi open it all at once.
//
// What a route loads first, read from the production build (built first when needed):
// - the route's build manifest (server/app/<route>/build-manifest.json, else the build's own)
//   `rootMainFiles`: Next's runtime and what every page shares, loaded by every page;
// - the route's client reference manifest (server/app/<route>/page_client-reference-manifest.js):
//   `entryJSFiles`, the chunks of every client component in its tree (the root layout, the error
//   and not-found boundaries, the page).
// The floor is Next's own /_not-found route: its tree is the root layout with the boundaries every
// route carries and a page without client code, i.e. exactly what an empty page would load.
// Polyfills are left out, as Next leaves them out: only browsers without ES modules load them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { buildIfNeeded } from "./build-if-needed.mjs";

const BUDGET_KB = 40;
const PAGE = "/w/[code]/page";
const FLOOR = "/_not-found/page";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, ".next");
// --no-build: measure the build that is there, even if the sources changed since.
if (!process.argv.includes("--no-build")) buildIfNeeded(root);

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** The chunks every page loads, as this route's own build manifest lists them when there is one. */
function rootChunksOf(route) {
  const own = path.join(dist, "server", "app", route.slice(1), "build-manifest.json");
  return (existsSync(own) ? readJson(own) : readJson(path.join(dist, "build-manifest.json"))).rootMainFiles;
}

/** The chunks a route loads on its first visit (paths under .next/). */
function chunksOf(route) {
  const file = path.join(dist, "server", "app", route.slice(1) + "_client-reference-manifest.js");
  // The manifest is a script that fills globalThis.__RSC_MANIFEST: run it in a sandbox of its own.
  const sandbox = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox, { filename: file });
  const manifest = sandbox.__RSC_MANIFEST?.[route];
  if (!manifest) throw new Error(`${path.relative(root, file)} holds no manifest for ${route}`);
  return new Set([...rootChunksOf(route), ...Object.values(manifest.entryJSFiles).flat()]);
}

const gzipped = new Map();
function gzipSize(chunk) {
  if (!gzipped.has(chunk)) gzipped.set(chunk, gzipSync(readFileSync(path.join(dist, chunk))).length);
  return gzipped.get(chunk);
}

const total = (chunks) => [...chunks].reduce((sum, c) => sum + gzipSize(c), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const page = chunksOf(PAGE);
const floor = chunksOf(FLOOR);
const pageBytes = total(page);
const floorBytes = total(floor);
const over = pageBytes - floorBytes;

console.log(`First-load JavaScript, gzipped:`);
console.log(`  participant's page (/w/[code])   ${kb(pageBytes).padStart(10)}`);
console.log(`  empty page (floor, /_not-found)  ${kb(floorBytes).padStart(10)}`);
console.log(`  difference                       ${kb(over).padStart(10)}  (budget ${BUDGET_KB} KB)`);
const own = [...page].filter((c) => !floor.has(c)).sort((a, b) => gzipSize(b) - gzipSize(a));
console.log(`\n  The participant's page's own chunks:`);
for (const c of own) console.log(`    ${kb(gzipSize(c)).padStart(10)}  ${c}`);

if (over > BUDGET_KB * 1024) {
  console.error(`\nThe participant's page is ${kb(over)} over an empty page: more than the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
