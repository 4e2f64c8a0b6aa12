import { io, type Socket } from "socket.io-client";
import { cardText, clock, type Collector } from "./collector";
import type { PhoneSpec } from "./messages";
import { CardSet, connectionOptions, tagOf, type PhoneOptions, type SimPhone } from "./simPhone";

/** A phone on the bare Socket.IO server: it posts, and counts what the broadcasts bring. */
export class BarePhone implements SimPhone {
  private readonly socket: Socket;
  private readonly cards = new CardSet();
  private posted = 0;
  private outstanding = 0;
  private everConnected = false;
  lastChangeAt = 0;
  reconnectedAt = 0;

  constructor(readonly spec: PhoneSpec, private readonly options: PhoneOptions, private readonly stats: Collector) {
    this.socket = io(options.url, {
      ...connectionOptions(spec, options),
      auth: { code: spec.code },
    });
    this.socket.on("connect", () => {
      if (this.everConnected) {
        this.stats.reconnects++;
        this.reconnectedAt = Date.now();
      }
      this.everConnected = true;
      this.lastChangeAt = Date.now();
    });
    this.socket.on("connect_error", () => this.stats.connectErrors++);
    this.socket.on("post", (card: { text: string }) => {
      const tag = tagOf(card, card.text);
      if (!tag) return;
      if (!this.cards.add(tag.local * options.cardsPerPhone + tag.n)) this.stats.duplicateCards++;
      else if (tag.local !== spec.local) this.stats.recordFanout(clock() - tag.sentAt, spec.transport === "polling");
    });
  }

  start(): Promise<void> {
    return new Promise((resolve) => {
      this.socket.once("connect", () => resolve());
      this.socket.connect();
    });
  }

  post(): void {
    if (this.posted >= this.options.cardsPerPhone) return;
    const n = this.posted++;
    const sentAt = clock();
    this.stats.sent++;
    this.outstanding++;
    this.socket.timeout(10_000).emit("post", { text: cardText(this.spec.local, n, sentAt) }, (err: Error | null) => {
      this.outstanding--;
      if (err) return this.stats.refusal("timeout");
      this.stats.acked++;
      this.stats.recordAck(clock() - sentAt, this.spec.transport === "polling");
      this.stats.cardAcked(this.spec.code, this.spec.local * this.options.cardsPerPhone + n);
    });
  }

  pending(): number {
    return this.outstanding;
  }

  missing(acked: readonly number[]): number {
    return acked.reduce((n, card) => n + (this.cards.has(card) ? 0 : 1), 0);
  }

  inSync(): boolean {
    return this.socket.connected;
  }

  close(): void {
    this.socket.disconnect();
  }
}
