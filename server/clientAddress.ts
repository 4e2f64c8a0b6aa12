import { isIPv6 } from "node:net";

/**
 * The address a request is counted against. Without proxies it is the connection's own; behind
 * `trustedProxies` proxies it is read from X-Forwarded-For, that many entries from the end: each
 * proxy appends the address it saw, while a client can write anything at the start.
 *
 * IPv6 addresses count by their /64 network, which is what one household or phone is handed:
 * counting single addresses would give anyone with IPv6 billions of fresh budgets.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  let address = remoteAddress ?? "";
  if (trustedProxies > 0) {
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
    const chain = [
      ...header
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      address,
    ];
    address = chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? address;
  }
  return normalize(address);
}

function normalize(raw: string): string {
  let address = raw.trim();
  // "[2001:db8::1]:443" and "203.0.113.9:5000", as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv6(address)) return `${expand(address).slice(0, 4).join(":")}::/64`;
  return address || "unknown";
}

/** The eight groups of an IPv6 address, "::" filled in. */
function expand(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::1.2.3.4) takes two groups; for a /64 prefix only its length matters.
  const width = (groups: string[]) => groups.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const fill = tail === undefined ? [] : Array<string>(Math.max(0, 8 - width(left) - width(right))).fill("0");
  return [...left, ...fill, ...right].map((g) => (g.includes(".") ? g : g.replace(/^0+(?=.)/, "")));
}
