import { randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import type { CommandInput, WorkshopState } from "@/lib/domain";
import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type CommandAck,
  type CreatedWorkshop,
  type PublicWorkshopInfo,
  type ServerToClientEvents,
  type Snapshot,
} from "@/lib/protocol";

export interface BenchWorkshop {
  code: string;
  token: string;
  teamIds: string[];
}

/** Creates a workshop over the API, as the facilitator's laptop does, and reads its team ids. */
export async function createWorkshop(url: string, title: string): Promise<BenchWorkshop> {
  const res = await fetch(`${url}/api/workshops`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title, teams: ["Sales", "IT", "Finance"] }),
  });
  if (res.status !== 201) throw new Error(`creating a workshop: ${res.status} ${await res.text()}`);
  const created = (await res.json()) as CreatedWorkshop;
  const info = (await (await fetch(`${url}/api/workshops/${created.code}`)).json()) as PublicWorkshopInfo;
  return { code: created.code, token: created.facilitatorToken, teamIds: info.teams.map((t) => t.id) };
}

/** The facilitator's console, reduced to its socket: it moves the workshop on and reads it whole. */
export class Facilitator {
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  constructor(url: string, readonly workshop: BenchWorkshop) {
    this.socket = io(url, {
      path: "/socket.io",
      transports: ["websocket"],
      forceNew: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      auth: { protocol: PROTOCOL_VERSION, code: workshop.code, role: "facilitator", token: workshop.token },
    });
  }

  async send(command: CommandInput): Promise<CommandAck> {
    const res: Ack<CommandAck> = await this.socket.timeout(15_000).emitWithAck("workshop:command", { id: randomUUID(), command });
    if (!res.ok) throw new Error(`${command.type}: ${res.error.code} ${res.error.message}`);
    return res.data;
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** The workshop as the server holds it now: a fresh facilitator connection's snapshot. */
export function readWorkshop(url: string, workshop: BenchWorkshop): Promise<{ seq: number; state: WorkshopState }> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    path: "/socket.io",
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    auth: { protocol: PROTOCOL_VERSION, code: workshop.code, role: "facilitator", token: workshop.token },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.disconnect();
      reject(new Error(`no snapshot of ${workshop.code} within 20 s`));
    }, 20_000);
    socket.once("workshop:snapshot", (snapshot: Snapshot) => {
      clearTimeout(timer);
      socket.disconnect();
      resolve(snapshot);
    });
    socket.once("connect_error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
