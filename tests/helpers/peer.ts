import { randomBytes, randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { apply, owning, type CommandInput, type SeqEvent, type WorkshopState } from "@/lib/domain";
import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type CommandAck,
  type CreatedWorkshop,
  type ServerToClientEvents,
  type You,
  inflateEvents,
  unpack,
} from "@/lib/protocol";
import { InOrder } from "@/lib/client/inOrder";
import { OwnCopies } from "@/lib/client/ownCopies";

type Credentials = { role: "facilitator"; token: string } | { role: "participant"; token: string } | { role: "screen" };

/**
 * A real socket.io-client peer that records every payload it receives and folds the events it is
 * sent into its own copy of the workshop, exactly as a browser would. With `deflate`, it reads
 * large batches deflated, as browsers do, and records them inflated (so transcripts read the same).
 */
export class Peer {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  readonly received: { event: string; payload: unknown }[] = [];
  state: WorkshopState | null = null;
  you: You | null = null;
  gaps = 0;
  private readonly inOrder = new InOrder();
  private readonly own = new OwnCopies();

  constructor(url: string, code: string, readonly credentials: Credentials, options: { deflate?: boolean } = {}) {
    this.socket = io(url, {
      path: "/socket.io",
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      auth: (cb) => cb({ protocol: PROTOCOL_VERSION, code, ...credentials, since: this.state?.seq, deflate: options.deflate }),
    });
    const failed = (err: unknown) => {
      throw err;
    };
    this.socket.onAny((event: string, payload: unknown) => {
      if (event !== "workshop:deflated") this.inOrder.run(payload, () => this.received.push({ event, payload }), failed);
    });
    this.socket.on("session:ready", ({ you }) => (this.you = you));
    this.socket.on("workshop:snapshot", (snapshot) => this.inOrder.run(snapshot, ({ state }) => (this.state = state), failed));
    this.socket.on("workshop:own", (events) => this.inOrder.run(events, (e) => this.own.hold(unpack(e)), failed));
    this.socket.on("workshop:events", (events) => this.inOrder.run(events, (e) => this.fold(unpack(e)), failed));
    this.socket.on("workshop:deflated", (base64) =>
      this.inOrder.run(
        inflateEvents(base64),
        (events) => {
          this.received.push({ event: "workshop:deflated", payload: events });
          this.fold(unpack(events));
        },
        failed,
      ),
    );
  }

  static participant(url: string, code: string, token = randomBytes(16).toString("base64url"), options: { deflate?: boolean } = {}): Peer {
    return new Peer(url, code, { role: "participant", token }, options);
  }

  /** A batch folded as one, as WorkshopClient folds it: at 2,000 cards, event by event, a peer copied the wall for each. */
  private fold(events: SeqEvent[]): void {
    owning(() => {
      for (const e of events) {
        if (!this.state || e.seq <= this.state.seq) continue;
        if (e.seq !== this.state.seq + 1) this.gaps++;
        this.state = apply(this.state, this.own.resolve(e));
      }
    });
    if (this.state) this.own.forget(this.state.seq);
  }

  async connected(): Promise<this> {
    if (this.socket.connected) return this;
    await new Promise<void>((resolve, reject) => {
      this.socket.once("connect", () => resolve());
      this.socket.once("connect_error", reject);
      if (!this.socket.active) this.socket.connect();
    });
    await this.until(() => this.you !== null);
    return this;
  }

  send(command: CommandInput, id: string = randomUUID()): Promise<Ack<CommandAck>> {
    return this.socket.timeout(5000).emitWithAck("workshop:command", { id, command });
  }

  async join(name: string, teamId: string): Promise<string> {
    const res = await this.send({ type: "participant.join", name, teamId });
    if (!res.ok) throw new Error(res.error.message);
    await this.until(() => this.you?.role === "participant" && this.state !== null);
    return res.data.id!;
  }

  /** Waits until `check` holds (events arrive asynchronously); fails with `what` after 5 s. */
  async until(check: () => boolean, what = "condition"): Promise<void> {
    const deadline = Date.now() + 5000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Every payload received, as one JSON string: for "never contains" assertions. */
  transcript(): string {
    return JSON.stringify(this.received);
  }

  close(): void {
    this.socket.disconnect();
  }
}

export async function createWorkshop(url: string, title = "Kick-off", teams = ["Sales", "IT", "Finance"]) {
  const res = await fetch(`${url}/api/workshops`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title, teams }),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedWorkshop;
}
