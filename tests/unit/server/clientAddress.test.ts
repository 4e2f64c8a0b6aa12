import { describe, expect, it } from "vitest";
import { clientAddress } from "@/server/clientAddress";

describe("the address a request counts against", () => {
  it("is the connection's own, IPv4 mapped into IPv6 written plainly", () => {
    expect(clientAddress("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For unless a proxy is trusted: anyone can write it", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
  });

  it("takes the entry the trusted proxies wrote, not one the client put in front", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw.
    expect(clientAddress("10.0.0.2", "1.1.1.1, 198.51.100.1", 1)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", "198.51.100.1", 1)).toBe("198.51.100.1");
    // Two proxies: the outer one wrote the client's address, the inner one the outer's.
    expect(clientAddress("10.0.0.3", "1.1.1.1, 198.51.100.1, 10.0.0.2", 2)).toBe("198.51.100.1");
    // A header split over several lines counts as one list.
    expect(clientAddress("10.0.0.2", ["1.1.1.1", "198.51.100.1"], 1)).toBe("198.51.100.1");
  });

  it("falls back to the furthest entry when there are fewer than the proxies trusted", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "198.51.100.1", 3)).toBe("198.51.100.1");
  });

  it("drops ports and brackets some proxies write", () => {
    expect(clientAddress("10.0.0.2", "198.51.100.1:51234", 1)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", "[2001:db8:1:2::7]:443", 1)).toBe("2001:db8:1:2::/64");
  });

  it("counts IPv6 by its /64 network: one household, one budget", () => {
    expect(clientAddress("2001:db8:1:2:aaaa::1", undefined, 0)).toBe("2001:db8:1:2::/64");
    expect(clientAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee", undefined, 0)).toBe("2001:db8:1:2::/64");
    expect(clientAddress("2001:DB8:0:0:1::1", undefined, 0)).toBe("2001:db8:0:0::/64");
    expect(clientAddress("::1", undefined, 0)).toBe("0:0:0:0::/64");
    expect(clientAddress("fe80::1%eth0", undefined, 0)).toBe("fe80:0:0:0::/64");
  });

  it("is never empty", () => {
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});
