import { networkInterfaces } from "node:os";

/**
 * The address phones on the same Wi-Fi use: PUBLIC_URL if set, else this machine's first LAN
 * IPv4 address. `localhost` would only work on the laptop itself.
 */
export function publicBaseUrl(configured: string | undefined, port: number): string {
  if (configured) return configured;
  return `http://${lanAddress() ?? "localhost"}:${port}`;
}

export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const net of list ?? []) {
      if (net.family === "IPv4" && !net.internal) return net.address;
    }
  }
  return null;
}
