import net from "node:net";

/** Which way a message travels through the proxy. */
export type Direction = "up" | "down";

/**
 * A cut the test has armed: the first message travelling `direction` whose text matches is not
 * forwarded; instead the whole connection is dropped, as venue Wi-Fi drops it.
 */
interface Cut {
  direction: Direction;
  matches: (text: string) => boolean;
  done: () => void;
}

/**
 * A TCP proxy between a client and the server, in the test process, that can be cut. It reads
 * the traffic just enough to recognise a message: WebSocket frames after an upgrade (unmasking
 * what the client sends), the raw bytes of anything else (HTTP long-polling carries Socket.IO's
 * packets as plain text). Frames are forwarded byte for byte as they came.
 */
export class CuttableProxy {
  private readonly server: net.Server;
  private readonly pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  private readonly cuts: Cut[] = [];
  /** Every message seen going up (to the server), as text: what a test asserts retries on. */
  readonly sentUp: string[] = [];
  /** Every message seen coming down (to the client), as text. */
  readonly sentDown: string[] = [];
  /** While offline, new connections are dropped at once (the phone has no network). */
  offline = false;
  port = 0;

  constructor(public targetPort: number) {
    this.server = net.createServer((client) => this.accept(client));
  }

  static async start(targetPort: number): Promise<CuttableProxy> {
    const proxy = new CuttableProxy(targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    proxy.port = (proxy.server.address() as net.AddressInfo).port;
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * Drops the connection instead of forwarding the next message going `direction` that matches;
   * resolves once it has. Up: the server never sees it. Down: the server did its part, the
   * client never hears.
   */
  cutOn(direction: Direction, matches: RegExp | ((text: string) => boolean)): Promise<void> {
    const test = matches instanceof RegExp ? (t: string) => matches.test(t) : matches;
    return new Promise((resolve) => this.cuts.push({ direction, matches: test, done: resolve }));
  }

  /** Drops every open connection now. */
  cutAll(): void {
    for (const pair of this.pairs) drop(pair);
    this.pairs.clear();
  }

  /** Offline: every connection dropped, new ones refused, until `online()`. */
  goOffline(): void {
    this.offline = true;
    this.cutAll();
  }

  online(): void {
    this.offline = false;
  }

  async close(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.offline) return void client.destroy();
    const upstream = net.connect(this.targetPort, "127.0.0.1");
    const pair = { client, upstream };
    this.pairs.add(pair);
    const end = () => {
      this.pairs.delete(pair);
      drop(pair);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
    this.pipe(client, upstream, "up", pair);
    this.pipe(upstream, client, "down", pair);
  }

  private pipe(from: net.Socket, to: net.Socket, direction: Direction, pair: { client: net.Socket; upstream: net.Socket }): void {
    const reader = new MessageReader();
    from.on("data", (chunk: Buffer) => {
      for (const { bytes, text } of reader.push(chunk)) {
        if (text) (direction === "up" ? this.sentUp : this.sentDown).push(text);
        const cut = text === null ? -1 : this.cuts.findIndex((c) => c.direction === direction && c.matches(text));
        if (cut >= 0) {
          const [armed] = this.cuts.splice(cut, 1);
          this.pairs.delete(pair);
          drop(pair);
          armed!.done();
          return;
        }
        if (!to.destroyed) to.write(bytes);
      }
    });
  }
}

function drop({ client, upstream }: { client: net.Socket; upstream: net.Socket }): void {
  client.destroy();
  upstream.destroy();
}

/**
 * Splits one direction of a connection into messages. Before a WebSocket upgrade every chunk is
 * a message (its bytes read as text); once the HTTP head of an upgrade has passed, whole frames.
 */
class MessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  private mode: "http" | "frames" = "http";

  push(chunk: Buffer): { bytes: Buffer; text: string | null }[] {
    if (this.mode === "http") {
      const head = chunk.indexOf("\r\n\r\n");
      const start = chunk.subarray(0, Math.max(0, head)).toString("latin1");
      if (head >= 0 && /^(GET [^\r]*\r\n[\s\S]*upgrade: websocket|HTTP\/1\.1 101)/i.test(start)) {
        this.mode = "frames";
        this.buffer = chunk.subarray(head + 4);
        return [{ bytes: chunk.subarray(0, head + 4), text: start }, ...this.frames()];
      }
      return [{ bytes: chunk, text: chunk.toString("utf8") }];
    }
    this.buffer = Buffer.concat([this.buffer, chunk]);
    return this.frames();
  }

  private frames(): { bytes: Buffer; text: string | null }[] {
    const out: { bytes: Buffer; text: string | null }[] = [];
    for (;;) {
      const frame = readFrame(this.buffer);
      if (!frame) return out;
      out.push({ bytes: this.buffer.subarray(0, frame.length), text: frame.text });
      this.buffer = this.buffer.subarray(frame.length);
    }
  }
}

/** One WebSocket frame at the start of `buf` (RFC 6455 §5.2), or null if it is not all there. */
function readFrame(buf: Buffer): { length: number; text: string | null } | null {
  if (buf.length < 2) return null;
  const opcode = buf[0]! & 0x0f;
  const masked = (buf[1]! & 0x80) !== 0;
  let len = buf[1]! & 0x7f;
  let offset = 2;
  if (len === 126) {
    if (buf.length < 4) return null;
    len = buf.readUInt16BE(2);
    offset = 4;
  } else if (len === 127) {
    if (buf.length < 10) return null;
    len = Number(buf.readBigUInt64BE(2));
    offset = 10;
  }
  const maskAt = offset;
  if (masked) offset += 4;
  if (buf.length < offset + len) return null;
  const payload = Buffer.from(buf.subarray(offset, offset + len));
  if (masked) for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ buf[maskAt + (i % 4)]!;
  // Text frames (and their continuations) carry Socket.IO's packets; control frames carry none.
  const text = opcode === 0x1 || opcode === 0x0 ? payload.toString("utf8") : null;
  return { length: offset + len, text };
}
