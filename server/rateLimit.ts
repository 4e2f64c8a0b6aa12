/**
 * Token buckets, written here rather than taken from a library: what Onside needs is a few dozen
 * lines with no I/O (one process, kept in memory, a clock passed in so tests need no waiting), and
 * the well-known libraries bring stores, middleware shapes and an API larger than the problem.
 *
 * A bucket holds up to `burst` tokens and gains `perSecond` of them each second; every request
 * takes one. A person on a phone never comes near the numbers Onside uses; a script does.
 */

export interface Rate {
  /** The most requests at once (the bucket's size). 0 turns the limit off. */
  burst: number;
  /** How many tokens come back each second. 0 turns the limit off. */
  perSecond: number;
}

/** `n` a minute, all of them at once if need be: the settings that count per minute. */
export const perMinute = (n: number): Rate => ({ burst: n, perSecond: n / 60 });

export type Verdict = { ok: true } | { ok: false; retryAfterMs: number };

const OK: Verdict = { ok: true };

/** The clock limits run on: monotonic, so a change of the wall clock neither frees nor blocks anyone. */
export const monotonicMs = (): number => performance.now();

export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = monotonicMs,
  ) {
    this.tokens = rate.burst;
    this.at = now();
  }

  /** Takes one token if there is one; otherwise says how long until there is. */
  take(): Verdict {
    return this.check(true);
  }

  /** Whether a token is there, without taking it. */
  peek(): Verdict {
    return this.check(false);
  }

  /** Whether this bucket is back to full, i.e. no different from a new one (and may be dropped). */
  full(): boolean {
    this.refill();
    return this.tokens >= this.rate.burst;
  }

  private check(take: boolean): Verdict {
    if (!limited(this.rate)) return OK;
    this.refill();
    if (this.tokens >= 1) {
      if (take) this.tokens -= 1;
      return OK;
    }
    return { ok: false, retryAfterMs: Math.ceil(((1 - this.tokens) / this.rate.perSecond) * 1000) };
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.at) / 1000) * this.rate.perSecond);
    this.at = now;
  }
}

/**
 * One bucket per key (a client's address). Buckets that have filled up again are dropped now and
 * then, so the map holds only those that are in use; past `maxKeys` the oldest go first, which can
 * only ever let someone in, never lock anyone out.
 */
export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  private sinceSweep = 0;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = monotonicMs,
    private readonly maxKeys = 100_000,
  ) {}

  take(key: string): Verdict {
    return limited(this.rate) ? this.bucket(key).take() : OK;
  }

  peek(key: string): Verdict {
    return limited(this.rate) ? (this.buckets.get(key)?.peek() ?? OK) : OK;
  }

  /** How many keys are tracked (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  private bucket(key: string): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (++this.sinceSweep >= 1000 || this.buckets.size >= this.maxKeys) this.sweep();
      bucket = new TokenBucket(this.rate, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private sweep(): void {
    this.sinceSweep = 0;
    for (const [key, bucket] of this.buckets) if (bucket.full()) this.buckets.delete(key);
    // Still too many: a flood of addresses. Forget the oldest (a Map iterates in insertion order).
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

const limited = (rate: Rate) => rate.burst > 0 && rate.perSecond > 0;
