import { networkInterfaces } from "node:os";

/**
 * The address phones on the same Wi-Fi use: PUBLIC_URL if set, else this machine's first LAN
 * IPv4 address. `localhost` would only work on the laptop itself.
 */
export function publicBaseUrl(configured: string | undefined, port: number): string {
  if (configured) return configured;
  return `http://${lanAddress() ?? "localhost"}:${port}`;
}

/**
 * Read again at most every few seconds: every phone opening the join page, and every one entering
 * the join form's socket, is told the join link, and asking the system for its interfaces costs
 * ~0.1 ms each time (0.4 s of a many-rooms run's CPU). A laptop that moves to another network is
 * still seen within seconds.
 */
const LAN_ADDRESS_FOR_MS = 5000;
let known: { address: string | null; until: number } | null = null;

export function lanAddress(): string | null {
  const now = Date.now();
  if (known && now < known.until) return known.address;
  known = { address: readLanAddress(), until: now + LAN_ADDRESS_FOR_MS };
  return known.address;
}

function readLanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const net of list ?? []) {
      if (net.family === "IPv4" && !net.internal) return net.address;
    }
  }
  return null;
}
