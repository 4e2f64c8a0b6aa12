import { clientAddress } from "./clientAddress";
import { KeyedLimiter, monotonicMs, perMinute, TokenBucket, type Rate, type Verdict } from "./rateLimit";

/** How much one client may ask of the server. Every number is a setting (see server/config.ts). */
export interface LimitSettings {
  /** Commands and sync requests per socket: a burst, then so many a second. */
  commands: Rate;
  /** Socket connections (joins, reconnects) per address and minute. */
  connectionsPerMinute: number;
  /** Workshops created or imported per address and minute. */
  createsPerMinute: number;
  /** Codes that name no workshop, per address and minute. */
  codeMissesPerMinute: number;
  /** People in one workshop (removed ones do not count); 0 means no limit. */
  maxParticipants: number;
  /** Proxies in front of the server whose X-Forwarded-For entries are believed. */
  trustProxy: number;
}

/**
 * Sized so that a room behind one public address (a company's Wi-Fi) is never held back, while a
 * script is: a person taps a few times a second at most, a room of a few hundred joins over minutes.
 */
export const DEFAULT_LIMITS: LimitSettings = {
  commands: { burst: 50, perSecond: 10 },
  connectionsPerMinute: 300,
  createsPerMinute: 30,
  codeMissesPerMinute: 20,
  maxParticipants: 500,
  trustProxy: 0,
};

/** The limiters of one server. In memory: a restart starts everyone afresh, which is harmless. */
export class Limits {
  readonly settings: LimitSettings;
  private readonly connections: KeyedLimiter;
  private readonly creates: KeyedLimiter;
  private readonly misses: KeyedLimiter;

  constructor(settings: Partial<LimitSettings> = {}, private readonly now: () => number = monotonicMs) {
    this.settings = { ...DEFAULT_LIMITS, ...settings };
    this.connections = new KeyedLimiter(perMinute(this.settings.connectionsPerMinute), now);
    this.creates = new KeyedLimiter(perMinute(this.settings.createsPerMinute), now);
    this.misses = new KeyedLimiter(perMinute(this.settings.codeMissesPerMinute), now);
  }

  /** The address a request or a handshake counts against. */
  addressOf(remoteAddress: string | undefined, headers: Record<string, string | string[] | undefined>): string {
    return clientAddress(remoteAddress, headers["x-forwarded-for"], this.settings.trustProxy);
  }

  /** A new socket's own budget for commands. */
  commandBucket(): TokenBucket {
    return new TokenBucket(this.settings.commands, this.now);
  }

  connection(address: string): Verdict {
    return this.connections.take(address);
  }

  create(address: string): Verdict {
    return this.creates.take(address);
  }

  /**
   * Before looking a code up. Once an address has used up its misses, every lookup waits, the
   * right codes too: were only wrong ones refused, the refusal itself would tell a guess was wrong.
   */
  lookup(address: string): Verdict {
    return this.misses.peek(address);
  }

  /** After a code named no workshop. */
  miss(address: string): void {
    this.misses.take(address);
  }

  /** Whether one more person may join a workshop that has `count` people in it. */
  roomFor(count: number): boolean {
    return this.settings.maxParticipants === 0 || count < this.settings.maxParticipants;
  }
}

/** Retry-After is in whole seconds, never 0. */
export const retryAfterSeconds = (verdict: { retryAfterMs: number }): number => Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
