// Compiles the server into plain JavaScript under .onside/: server/main.ts and everything it
// imports from the repository, as ES modules, with npm packages left as imports. `npm start`, the
// e2e suite and the load bench run this instead of TypeScript through `tsx`: a server restarted
// mid-workshop listens in ~0.4 s instead of ~1.3 s (every module compiled and resolved through
// tsx's hooks on each start), with phones waiting on it. It takes a fraction of a second, so it
// runs on every start. `npm run dev` keeps `tsx`.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Builds each entry (name → source file, relative to the root) into `<outdir>/<name>.js` and
 * returns the outputs' paths by name. The files of the last build there are removed first, so no
 * stale chunk lingers; subdirectories are left alone (the bench builds into one of its own).
 * `npm start`'s server sits one level below the root, as `server/` does, so the paths it finds
 * from its own file (the project's root, the fonts' package) resolve the same from either.
 */
export async function buildServer(entries = { main: "server/main.ts" }, outdir = ".onside") {
  const out = path.join(root, outdir);
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(out, { withFileTypes: true })) if (file.isFile()) rmSync(path.join(out, file.name));
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, source]) => [name, path.join(root, source)])),
    outdir: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // npm packages load from node_modules as they are; only the repository's own code is compiled.
    packages: "external",
    // What is imported on demand (the PDF) stays a chunk of its own, loaded on demand.
    splitting: true,
    sourcemap: true,
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  return Object.fromEntries(Object.keys(entries).map((name) => [name, path.join(out, `${name}.js`)]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await buildServer()).main);
}
