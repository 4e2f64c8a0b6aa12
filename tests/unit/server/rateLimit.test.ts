import { describe, expect, it } from "vitest";
import { KeyedLimiter, perMinute, TokenBucket } from "@/server/rateLimit";

/** A clock the test moves by hand. */
function clock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe("a token bucket", () => {
  it("lets a burst through, refuses the next with how long to wait, and refills at its rate", () => {
    const c = clock();
    const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, c.now);
    expect([bucket.take(), bucket.take(), bucket.take()].every((v) => v.ok)).toBe(true);
    expect(bucket.take()).toEqual({ ok: false, retryAfterMs: 500 });
    c.advance(250);
    expect(bucket.take()).toEqual({ ok: false, retryAfterMs: 250 });
    c.advance(250);
    expect(bucket.take().ok).toBe(true);
    expect(bucket.take().ok).toBe(false);
  });

  it("never holds more than its burst, however long it rested", () => {
    const c = clock();
    const bucket = new TokenBucket({ burst: 2, perSecond: 10 }, c.now);
    c.advance(60_000);
    expect([bucket.take(), bucket.take(), bucket.take()].map((v) => v.ok)).toEqual([true, true, false]);
  });

  it("peeks without taking", () => {
    const c = clock();
    const bucket = new TokenBucket({ burst: 1, perSecond: 1 }, c.now);
    expect(bucket.peek().ok).toBe(true);
    expect(bucket.peek().ok).toBe(true);
    expect(bucket.take().ok).toBe(true);
    expect(bucket.peek()).toEqual({ ok: false, retryAfterMs: 1000 });
  });

  it.each([
    { burst: 0, perSecond: 5 },
    { burst: 5, perSecond: 0 },
  ])("is no limit at all when a number is 0 (%j)", (rate) => {
    const bucket = new TokenBucket(rate, clock().now);
    for (let i = 0; i < 1000; i++) expect(bucket.take().ok).toBe(true);
  });

  it("counts n a minute as a burst of n refilled over the minute", () => {
    const c = clock();
    const bucket = new TokenBucket(perMinute(30), c.now);
    for (let i = 0; i < 30; i++) expect(bucket.take().ok).toBe(true);
    expect(bucket.take()).toEqual({ ok: false, retryAfterMs: 2000 });
    c.advance(2000);
    expect(bucket.take().ok).toBe(true);
  });
});

describe("limits per key", () => {
  it("keeps one budget per key", () => {
    const limiter = new KeyedLimiter({ burst: 1, perSecond: 1 }, clock().now);
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
    expect(limiter.take("b").ok).toBe(true);
    // Peeking at an unknown key neither fails nor starts tracking it.
    expect(limiter.peek("c").ok).toBe(true);
    expect(limiter.size).toBe(2);
  });

  it("forgets keys whose buckets filled up again, so memory holds only the active ones", () => {
    const c = clock();
    const limiter = new KeyedLimiter({ burst: 1, perSecond: 1 }, c.now);
    for (let i = 0; i < 999; i++) limiter.take(`old ${i}`);
    c.advance(5000);
    limiter.take("new");
    expect(limiter.size).toBe(1);
  });

  it("stays within its most keys under a flood of addresses, dropping the oldest first", () => {
    const limiter = new KeyedLimiter({ burst: 1, perSecond: 0.001 }, clock().now, 100);
    for (let i = 0; i < 500; i++) limiter.take(`flood ${i}`);
    expect(limiter.size).toBeLessThanOrEqual(100);
    // The newest are still counted.
    expect(limiter.take("flood 499").ok).toBe(false);
  });
});
