import { io, type Socket } from "socket.io-client";
import { apply } from "@/lib/domain/apply";
import type { CommandInput, WorkshopState } from "@/lib/domain";
import { owning } from "@/lib/domain/records";
import { RETRYABLE } from "@/lib/protocol/ack";
import { PROTOCOL_VERSION, SOCKET_PATH } from "@/lib/protocol/version";
import { unpack, type WireEvent } from "@/lib/protocol/wire";
import { canInflate, inflateEvents } from "@/lib/protocol/deflated";
import type {
  Ack,
  ClientToServerEvents,
  CommandAck,
  ErrorBody,
  Presence,
  PublicWorkshopInfo,
  ServerToClientEvents,
  SyncResponse,
  You,
} from "@/lib/protocol";
import { InOrder } from "./inOrder";
import { OwnCopies } from "./ownCopies";
import { Outbox, type PendingCommand } from "./outbox";
import type { KeyValue } from "./storage";

export type ConnectionState = "connecting" | "online" | "reconnecting" | "failed";

/** Everything a page renders from. Replaced whole on every change (useSyncExternalStore). */
export interface ClientSnapshot {
  connection: ConnectionState;
  you: You | null;
  state: WorkshopState | null;
  /**
   * The workshop's public card as the server last told a guest (a phone on the join form): its
   * teams, title and language kept up to date while the facilitator edits them. `null` for
   * everyone else, who holds `state`.
   */
  info: PublicWorkshopInfo | null;
  presence: Presence;
  pending: readonly PendingCommand[];
  /** Why the workshop cannot be shown at all (unknown code, wrong facilitator link). */
  fatal: ErrorBody | null;
  /** The last command the server refused, for a short notice. */
  refused: ErrorBody | null;
  /** Add to `Date.now()` to get the server's clock. */
  clockOffset: number;
}

export type Credentials = { role: "facilitator"; token: string } | { role: "participant"; token: string } | { role: "screen" };

export interface WorkshopClientOptions {
  code: string;
  credentials: Credentials;
  storage: KeyValue;
  /** The server's origin; the page's own by default. */
  url?: string;
  ackTimeoutMs?: number;
}

type TypedSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Handshake refusals that no retry can fix. */
const FATAL = new Set(["not_found", "unauthorized", "forbidden", "protocol_mismatch", "invalid_input"]);

/**
 * One workshop, as one browser holds it: a filtered copy of the event log kept in sync by
 * sequence number, and an outbox of commands the server has not acknowledged yet.
 */
export class WorkshopClient {
  private readonly socket: TypedSocket;
  private readonly outbox: Outbox;
  private readonly inFlight = new Set<string>();
  private readonly waiters = new Map<string, (ack: Ack<CommandAck>) => void>();
  private readonly listeners = new Set<() => void>();
  private snapshot: ClientSnapshot;
  private syncing = false;
  private readonly inOrder = new InOrder();
  private readonly own = new OwnCopies();

  constructor(private readonly options: WorkshopClientOptions) {
    const { code, credentials, storage } = options;
    this.outbox = new Outbox(storage, `onside:outbox:${code}:${credentials.role}`);
    this.snapshot = {
      connection: "connecting",
      you: null,
      state: null,
      info: null,
      presence: { online: [], facilitators: 0, screens: 0 },
      pending: this.outbox.mine(),
      fatal: null,
      refused: null,
      clockOffset: 0,
    };
    this.socket = io(options.url ?? "", {
      path: SOCKET_PATH,
      autoConnect: false,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      // Sent again on every reconnect, with the last sequence number held: the server answers
      // with only what was missed.
      auth: (cb) => cb({ protocol: PROTOCOL_VERSION, code, ...credentials, since: this.snapshot.state?.seq, deflate: canInflate() }),
    });
    this.listen();
  }

  start(): void {
    this.socket.connect();
  }

  stop(): void {
    this.socket.disconnect();
    this.listeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): ClientSnapshot => this.snapshot;

  /** Queues a command and sends it as soon as there is a connection; resolves with its answer. */
  send(command: CommandInput): Promise<Ack<CommandAck>> {
    const item = this.outbox.add(command, Date.now());
    this.update({ pending: this.outbox.mine() });
    const answer = new Promise<Ack<CommandAck>>((resolve) => this.waiters.set(item.id, resolve));
    this.transmit(item);
    return answer;
  }

  dismissRefusal(): void {
    this.update({ refused: null });
  }

  /**
   * Phones kill sockets in the background without telling (iOS Safari); when the page is seen
   * again, make sure the connection really answers, and rebuild it if not.
   */
  async check(): Promise<void> {
    if (this.snapshot.fatal) return;
    if (!this.socket.connected) {
      this.socket.connect();
      return;
    }
    try {
      await this.socket.timeout(4000).emitWithAck("workshop:sync", { since: this.snapshot.state?.seq ?? 0 }).then((res) => this.onSync(res));
    } catch {
      this.socket.disconnect().connect();
    }
  }

  private listen(): void {
    const s = this.socket;
    s.on("connect", () => {
      this.update({ connection: "online" });
      for (const item of this.outbox.list()) this.transmit(item);
    });
    s.on("disconnect", (reason) => {
      this.inFlight.clear();
      // The server closed this socket itself: Socket.IO won't retry that by itself.
      if (reason === "io server disconnect") s.connect();
      this.update({ connection: "reconnecting" });
    });
    s.on("connect_error", (err: Error & { data?: ErrorBody }) => {
      if (err.data && FATAL.has(err.data.code)) {
        s.disconnect();
        this.update({ connection: "failed", fatal: err.data });
      } else {
        this.update({ connection: "reconnecting" });
        // A refusal by the server's handshake (not a network error) is not retried by Socket.IO.
        if (err.data) setTimeout(() => s.connect(), 2000 + Math.random() * 2000);
      }
    });
    s.on("server:closing", () => this.update({ connection: "reconnecting" }));
    s.on("session:ready", ({ you, serverTime }) => this.update({ you, clockOffset: serverTime - Date.now() }));
    s.on("workshop:snapshot", (snapshot) => this.inOrder.run(snapshot, ({ state }) => this.replace(state), this.resync));
    s.on("workshop:own", (events) => this.inOrder.run(events, (own) => this.own.hold(unpack(own)), this.resync));
    s.on("workshop:events", (events) => this.inOrder.run(events, this.receive, this.resync));
    // Unreadable (damaged on the way): what it held is asked for again.
    s.on("workshop:deflated", (base64) => this.inOrder.run(inflateEvents(base64), this.receive, this.resync));
    s.on("presence:changed", (presence) => this.update({ presence }));
    s.on("workshop:info", (info) => this.update({ info }));
  }

  /**
   * Applies events in order; a gap means something was lost on the way, so ask for it. A batch is
   * folded as one (`owning`): the page sees only its last state, so a record copied for its first
   * event is written in place for the rest. Applied one by one, a kick-off's batch of 400 cards
   * copied a wall of up to 2,000 cards 400 times, on a phone, several times a second.
   */
  private receive = (wire: WireEvent[]): void => {
    const from = this.snapshot.state;
    if (!from) return;
    const { state, gap } = owning(() => {
      let state = from;
      for (const e of unpack(wire)) {
        if (e.seq <= state.seq) continue;
        if (e.seq !== state.seq + 1) return { state, gap: true };
        state = apply(state, this.own.resolve(e));
      }
      return { state, gap: false };
    });
    if (gap) {
      this.update({ state });
      this.resync();
      return;
    }
    this.own.forget(state.seq);
    this.update({ state });
  };

  private replace(state: WorkshopState): void {
    this.own.forget(state.seq);
    this.update({ state });
  }

  private resync = (): void => void this.syncNow();

  private async syncNow(): Promise<void> {
    if (this.syncing) return;
    this.syncing = true;
    try {
      const res = await this.socket.timeout(8000).emitWithAck("workshop:sync", { since: this.snapshot.state?.seq ?? 0 });
      this.onSync(res);
    } catch {
      // No answer: the reconnect that follows sends `since` and repairs the gap.
    } finally {
      this.syncing = false;
    }
  }

  private onSync(res: Ack<SyncResponse>): void {
    if (!res.ok) return;
    const answer = res.data;
    // Were it to fail, asking again would fail the same way: the next reconnect starts afresh.
    this.inOrder.run(answer, (a) => (a.kind === "snapshot" ? this.replace(a.snapshot.state) : this.receive(a.events)), () => {});
  }

  private transmit(item: PendingCommand): void {
    if (!this.socket.connected || this.inFlight.has(item.id)) return;
    if (!this.outbox.list().some((queued) => queued.id === item.id)) return;
    this.inFlight.add(item.id);
    this.socket
      .timeout(this.options.ackTimeoutMs ?? 10_000)
      .emit("workshop:command", { id: item.id, command: item.command }, (err, res) => {
        this.inFlight.delete(item.id);
        // No answer in time: keep it; it goes again (same id) now or after the reconnect.
        if (err) return this.retryLater(item);
        if (!res.ok && RETRYABLE.includes(res.error.code)) return this.retryLater(item);
        this.outbox.remove(item.id);
        this.update({ pending: this.outbox.mine(), ...(res.ok ? {} : { refused: res.error }) });
        this.waiters.get(item.id)?.(res);
        this.waiters.delete(item.id);
      });
  }

  private retryLater(item: PendingCommand): void {
    setTimeout(() => this.transmit(item), 1500 + Math.random() * 1500);
  }

  private update(patch: Partial<ClientSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
