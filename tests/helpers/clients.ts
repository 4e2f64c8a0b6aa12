import { memoryStorage, type KeyValue } from "@/lib/client/storage";
import { participantToken } from "@/lib/client/identity";
import { WorkshopClient, type Credentials } from "@/lib/client/workshopClient";
import type { CommandInput } from "@/lib/domain";
import { until } from "./wait";

/**
 * Browsers for the fault tests: lib/client's own WorkshopClient (outbox, reconnect, resume), as
 * the pages use it, each with its storage (a phone's localStorage) so a reload can be replayed.
 */
export class Browsers {
  private readonly open: WorkshopClient[] = [];

  constructor(private readonly url: () => string) {}

  client(code: string, credentials: Credentials, storage: KeyValue = memoryStorage(), url = this.url()): WorkshopClient {
    const client = new WorkshopClient({ code, credentials, storage, url, ackTimeoutMs: 2000 });
    this.open.push(client);
    client.start();
    return client;
  }

  facilitator(code: string, token: string, url?: string): WorkshopClient {
    return this.client(code, { role: "facilitator", token }, memoryStorage(), url);
  }

  /** A phone that has joined `teamId` as `name` and holds the workshop. */
  async phone(code: string, name: string, teamId: string, storage: KeyValue = memoryStorage(), url?: string): Promise<{ phone: WorkshopClient; storage: KeyValue; id: string }> {
    const phone = this.client(code, { role: "participant", token: participantToken(storage, code) }, storage, url);
    await until(() => phone.getSnapshot().you !== null, `${name}'s phone to be welcomed`);
    const joined = await phone.send({ type: "participant.join", name, teamId });
    if (!joined.ok) throw new Error(`${name} could not join: ${joined.error.message}`);
    await until(() => phone.getSnapshot().state !== null, `${name}'s phone to hold the workshop`);
    return { phone, storage, id: joined.data.id! };
  }

  /** A phone that reloads the page: the old client is gone, a new one starts from the same storage. */
  reload(code: string, old: WorkshopClient, storage: KeyValue, url?: string): WorkshopClient {
    old.stop();
    return this.client(code, { role: "participant", token: participantToken(storage, code) }, storage, url);
  }

  stopAll(): void {
    for (const c of this.open.splice(0)) c.stop();
  }
}

/** Sends and insists: the command must be accepted. */
export async function must(client: WorkshopClient, command: CommandInput): Promise<string | undefined> {
  const res = await client.send(command);
  if (!res.ok) throw new Error(`${command.type} refused: ${res.error.code} ${res.error.message}`);
  return res.data.id;
}
