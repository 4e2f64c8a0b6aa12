import { Agent } from "node:http";
import type { ManagerOptions, SocketOptions } from "socket.io-client";
import { parseCardText } from "./collector";
import type { PhoneSpec } from "./messages";
import { phoneParser } from "./sharedDecoder";

export interface PhoneOptions {
  url: string;
  cardsPerPhone: number;
  sharedDecode: boolean;
}

/** What the bench needs of a phone, whichever server it talks to. */
export interface SimPhone {
  readonly spec: PhoneSpec;
  /** Resolves once the phone is connected (and, on Onside, has joined and holds the workshop). */
  start(): Promise<void>;
  post(): void;
  pending(): number;
  /** The acknowledged cards of its workshop that this phone does not hold. */
  missing(acked: readonly number[]): number;
  /** Connected, and (on Onside) its copy ends at `seq`. */
  inSync(seq: number | undefined): boolean;
  /** When it last changed: its last event, snapshot or acknowledgement (epoch ms). */
  lastChangeAt: number;
  /** When it last connected again after losing its connection (epoch ms), 0 if never. */
  reconnectedAt: number;
  close(): void;
}

/**
 * Long-polling phones keep their HTTP connections open between requests, as browsers do (without
 * an agent, the Node client opens a new TCP connection for every poll and every post).
 */
const keepAlive = new Agent({ keepAlive: true });

/** As lib/client/workshopClient.ts connects (its reconnection delays), on the phone's transport. */
export function connectionOptions(spec: PhoneSpec, options: PhoneOptions): Partial<ManagerOptions & SocketOptions> {
  return {
    path: "/socket.io",
    transports: [spec.transport],
    forceNew: true,
    autoConnect: false,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    // The Node client passes it on to its XMLHttpRequest; its type says string | boolean.
    agent: keepAlive as unknown as string,
    parser: phoneParser(options.sharedDecode),
  };
}

/**
 * A card's tag, read once per payload: with shared decoding (sharedDecoder.ts), the phones of a
 * process receive the very same event objects.
 */
const tags = new WeakMap<object, ReturnType<typeof parseCardText>>();
export function tagOf(card: object, text: string): ReturnType<typeof parseCardText> {
  let tag = tags.get(card);
  if (tag === undefined) {
    tag = parseCardText(text);
    tags.set(card, tag);
  }
  return tag;
}

/** Marks which cards of its workshop a phone holds: card index = author's place × cardsPerPhone + n. */
export class CardSet {
  private bits = new Uint8Array(64);

  /** Marks it; false if it was marked already. */
  add(i: number): boolean {
    if (i >= this.bits.length) {
      const grown = new Uint8Array(Math.max(i + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    if (this.bits[i]) return false;
    this.bits[i] = 1;
    return true;
  }

  has(i: number): boolean {
    return this.bits[i] === 1;
  }
}
