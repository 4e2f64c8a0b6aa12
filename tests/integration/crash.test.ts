import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cardsOf } from "@/lib/domain";
import { Peer, createWorkshop } from "../helpers/peer";
import { kill, spawnServer, type ServerProcess } from "../helpers/process";

describe("a server killed with kill -9 mid-burst", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "onside-crash-"));
  const servers: ServerProcess[] = [];
  const peers: Peer[] = [];

  afterEach(async () => {
    for (const p of peers) p.close();
    for (const s of servers) await kill(s);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("has lost nothing it acknowledged when started again on the same data", async () => {
    const first = await spawnServer(dataDir);
    servers.push(first);
    const created = await createWorkshop(first.url);
    const facilitator = await new Peer(first.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const phone = await Peer.participant(first.url, created.code).connected();
    peers.push(facilitator, phone);
    await phone.join("Eve", "t1");
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });
    await phone.until(() => phone.state?.currentPhaseId === "changes");

    // Fire a burst without waiting, and kill the server as soon as some have been acknowledged.
    const acked = new Map<string, string>();
    const burst = Array.from({ length: 200 }, (_, i) =>
      phone
        .send({ type: "card.add", phaseId: "changes", text: `card ${i}` })
        .then((res) => {
          if (res.ok) acked.set(res.data.id!, `card ${i}`);
        })
        .catch(() => undefined),
    );
    await phone.until(() => acked.size >= 20, "the first acknowledgements");
    await kill(first, "SIGKILL");
    await Promise.all(burst);
    const ackedAtKill = new Map(acked);

    const second = await spawnServer(dataDir);
    servers.push(second);
    const after = await new Peer(second.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    peers.push(after);
    await after.until(() => after.state !== null);
    const cards = cardsOf(after.state!, "changes");
    const byId = new Map(cards.map((c) => [c.id, c.text]));
    for (const [id, text] of ackedAtKill) expect(byId.get(id)).toBe(text);
    // Nothing twice either.
    expect(new Set(cards.map((c) => c.text)).size).toBe(cards.length);
  });
});
