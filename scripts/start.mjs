// `npm start`: build when needed, then serve pages, API and sockets on one port.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { buildServer } from "./build-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
buildIfNeeded(root);
const { main } = await buildServer();

// Source maps: a stack trace in the log names the TypeScript file and line.
const server = spawn(process.execPath, ["--enable-source-maps", main], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
// Ctrl+C and a service manager's SIGTERM reach the server, which closes gracefully.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
