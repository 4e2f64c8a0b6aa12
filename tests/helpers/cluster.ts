import { spawn } from "node:child_process";
import path from "node:path";
import type { ServerProcess } from "./process";

const entry = path.resolve(import.meta.dirname, "clusterNode.ts");

export interface ClusterSettings {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

/** Starts one more Onside server of a cluster in a child process; resolves once it listens. */
export function spawnNode({ databaseUrl, redisUrl, redisPrefix }: ClusterSettings): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix, PORT: "0" },
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
