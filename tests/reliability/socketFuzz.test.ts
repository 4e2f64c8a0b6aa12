import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardsOf, fold } from "@/lib/domain";
import type { CreatedWorkshop, ErrorCode } from "@/lib/protocol";
import { SqliteStore } from "@/server/store/sqliteStore";
import { plausibleEnvelope, socketPayload } from "../helpers/arbitraries";
import { Peer, createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";
import { violations } from "../helpers/invariants";

const ERROR_CODES: ErrorCode[] = ["invalid_input", "forbidden", "not_found", "conflict", "closed", "unauthorized", "not_joined", "rate_limited", "unavailable", "protocol_mismatch", "internal"];

/** Loosely typed access to a socket: the fuzz sends what the typed client would not let it. */
interface RawSocket {
  connected: boolean;
  emit(event: string, payload: unknown): void;
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
  connect(): void;
}

/**
 * Random payloads over a real socket, in-process: junk, command-shaped objects with wrong types,
 * huge strings and `__proto__` keys, to `workshop:command`, `workshop:sync` and events that do not
 * exist, with and without a callback, from the facilitator, a participant, a phone that has not
 * joined and the screen. The server must answer every callback with a typed answer, log no
 * failure of its own, keep every other connection, and the workshop must carry on whole.
 */
describe("random payloads over the socket", () => {
  let server: TestServer;
  let created: CreatedWorkshop;
  let store: SqliteStore;
  const logged: unknown[] = [];
  const peers: Peer[] = [];
  const retired: Peer[] = [];

  beforeAll(async () => {
    // No rate limit here: every payload must reach the parser and the rules, not the bucket.
    server = await startServer(undefined, {
      store: (dir) => (store = SqliteStore.open(dir)),
      log: (err) => logged.push(err),
      limits: { commands: { burst: 0, perSecond: 0 } },
    });
    created = await createWorkshop(server.url);
  });
  afterAll(async () => {
    for (const p of [...peers, ...retired]) p.close();
    await server.dispose();
  });

  it("are answered with a typed error (or a result) and the workshop carries on", async () => {
    const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
    const ann = await Peer.participant(server.url, created.code).connected();
    const guest = await Peer.participant(server.url, created.code).connected();
    const screen = await new Peer(server.url, created.code, { role: "screen" }).connected();
    peers.push(facilitator, ann, guest, screen);
    await ann.join("Ann", "t1");
    await facilitator.send({ type: "phase.goto", phaseId: "changes" });
    await ann.until(() => ann.state?.currentPhaseId === "changes");

    let answered = 0;
    let reachedRules = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(0, 1, 2, 3),
        fc.constantFrom("workshop:command", "workshop:command", "workshop:command", "workshop:sync", "no:such-event", "__proto__"),
        fc.constantFrom(true, true, true, false),
        fc.oneof(socketPayload, plausibleEnvelope),
        async (who, event, withAck, raw) => {
          // One that lost its connection (an oversized message) comes back as a new connection.
          if (!peers[who]!.socket.connected) retired.push(peers[who]!);
          if (!peers[who]!.socket.connected) peers[who] = await new Peer(server.url, created.code, peers[who]!.credentials).connected();
          const peer = peers[who]!;
          const socket = peer.socket as unknown as RawSocket;
          // The facilitator may end the day or remove people for real; the fuzz must not.
          const payload = who === 0 ? tame(raw) : raw;
          // A message over the server's size limit costs the sender its connection, nobody else's.
          const oversized = (JSON.stringify(payload) ?? "").length > 60_000;
          if (!withAck || oversized || !event.startsWith("workshop:")) {
            socket.emit(event, payload);
            if (oversized) {
              await peer.until(() => !socket.connected, "the oversized sender to be disconnected");
              for (const other of peers) if (other !== peer) expect(other.socket.connected).toBe(true);
            }
            return;
          }
          const res = (await socket.timeout(5000).emitWithAck(event, payload).catch((e: Error) => ({ ok: "no answer", error: { code: e.message, message: JSON.stringify(payload)?.slice(0, 300) } }))) as { ok: boolean; data?: unknown; error?: { code: ErrorCode; message: string } };
          answered++;
          if (event === "workshop:command" && (res.ok || res.error?.code !== "invalid_input")) reachedRules++;
          expect(typeof res.ok).toBe("boolean");
          if (!res.ok) {
            expect(ERROR_CODES).toContain(res.error!.code);
            expect(res.error!.message).toMatch(/\w/);
            expect(res.error!.code).not.toBe("internal");
          }
          expect(socket.connected).toBe(true);
        },
      ),
      { numRuns: 500, endOnFailure: true },
    );
    expect(answered).toBeGreaterThan(50);
    // Enough of them passed the parser to test the rules behind it too.
    expect(reachedRules).toBeGreaterThan(15);

    // No failure of the server's own along the way: everything was a typed refusal or a result.
    expect(logged).toEqual([]);
    const room = (await server.onside.rooms.get(created.code))!;
    expect(violations(room.state)).toEqual([]);
    // What it saved reads back to exactly what it holds (a restart would find the same workshop).
    expect(fold(await store.load(created.code))).toEqual(room.state);

    // The workshop carries on: someone new joins and posts, and the console sees it. The fuzz's
    // facilitator may have moved the day back or locked the phase, as a facilitator may: the
    // console opens "Changes around us" again first.
    const console = peers[0]!.socket.connected ? peers[0]! : await new Peer(server.url, created.code, facilitator.credentials).connected();
    expect(await console.send({ type: "phase.goto", phaseId: "changes" })).toMatchObject({ ok: true });
    expect(await console.send({ type: "phase.lock", phaseId: "changes", locked: false })).toMatchObject({ ok: true });
    const late = await Peer.participant(server.url, created.code).connected();
    peers.push(late);
    await late.join("Late", room.state.teams[0]!.id);
    expect(await late.send({ type: "card.add", phaseId: "changes", text: "Still going" })).toMatchObject({ ok: true });
    await console.until(() => cardsOf(console.state!, "changes").some((c) => c.text === "Still going"), "the card on the console");
  });
});

/** Keeps a payload from ending the workshop or removing someone (the rest of it goes as it is). */
function tame(payload: unknown): unknown {
  const command = (payload as { command?: { type?: unknown } } | null)?.command;
  if (command && typeof command === "object" && (command.type === "workshop.end" || command.type === "participant.remove")) {
    return { ...(payload as object), command: { ...command, type: "timer.pause" } };
  }
  return payload;
}
