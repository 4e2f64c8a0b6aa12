import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Everything the process wrote to stdout (its errors go to stderr, shown as they come). */
  output(): string;
}

const entry = path.resolve(import.meta.dirname, "serverProcess.ts");

/**
 * Starts Onside's API and sockets in a child process on `dataDir`; resolves once it listens.
 * `port` 0 takes a free one; a restart passes the old one so that clients find it again.
 */
export function spawnServer(dataDir: string, { port = 0, env = {} }: { port?: number; env?: Record<string, string> } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, ...env, DATA_DIR: dataDir, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}`, port: Number(match[1]), output: () => out });
    });
    child.once("exit", (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}

/** Stops the process with `signal` and resolves with how it ended. */
export function kill(server: ServerProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const { child } = server;
    if (child.exitCode !== null || child.signalCode !== null) return resolve({ code: child.exitCode, signal: child.signalCode });
    child.once("exit", (code, sig) => resolve({ code, signal: sig }));
    child.kill(signal);
  });
}
