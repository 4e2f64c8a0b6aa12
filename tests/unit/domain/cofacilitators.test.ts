import { describe, expect, it } from "vitest";
import { CommandSchema, apply, deliveries, redactEvent, viewFor, type Actor, type SeqEvent, type Viewer, type WorkshopState } from "@/lib/domain";
import { MAX_COFACILITATORS } from "@/lib/domain/features/cofacilitators/decide";
import { FACILITATOR_HASH, T0, facilitator, guest, join, must, outcome, participant, run, screen, workshop } from "../../helpers/domain";

/** A co-facilitator token's hash, distinct per n and from every participant's (`hash(n)`). */
const coHash = (n: number) => n.toString(16).padStart(64, "c");
const add = (n: number) => ({ type: "cofacilitator.add", tokenHash: coHash(n) }) as const;

/** Alice p2 has joined. */
const withAlice = (): WorkshopState => join(workshop(), "Alice", "t1", 1).state;

function withLinks(count: number, from = withAlice()): WorkshopState {
  let state = from;
  for (let n = 1; n <= count; n++) state = must(state, add(n), facilitator).state;
  return state;
}

describe("cofacilitator.add: who may make a link", () => {
  it.each<[string, Actor, ReturnType<typeof outcome>]>([
    ["the facilitator (or a co-facilitator, the same role)", facilitator, { events: ["cofacilitator.added"] }],
    ["a participant", participant("p2"), { error: "forbidden" }],
    ["a phone that has not joined", guest(9), { error: "forbidden" }],
    ["the room screen", screen, { error: "forbidden" }],
  ])("%s", (_name, actor, expected) => {
    expect(outcome(run(withAlice(), add(1), actor).decision)).toEqual(expected);
  });

  it.each<[string, () => WorkshopState, string, ReturnType<typeof outcome>]>([
    ["a new hash is recorded", withAlice, coHash(1), { events: ["cofacilitator.added"] }],
    ["a hash already known changes nothing", () => withLinks(1), coHash(1), { events: [] }],
    ["the facilitator's own hash changes nothing", withAlice, FACILITATOR_HASH, { events: [] }],
    [`the ${MAX_COFACILITATORS}th link is still made`, () => withLinks(MAX_COFACILITATORS - 1), coHash(99), { events: ["cofacilitator.added"] }],
    [`a link beyond ${MAX_COFACILITATORS} is refused`, () => withLinks(MAX_COFACILITATORS), coHash(99), { error: "closed" }],
    ["after the end, still allowed (read and export)", () => must(withAlice(), { type: "workshop.end" }, facilitator).state, coHash(1), { events: ["cofacilitator.added"] }],
  ])("%s", (_name, state, tokenHash, expected) => {
    expect(outcome(run(state(), { type: "cofacilitator.add", tokenHash }, facilitator).decision)).toEqual(expected);
  });

  it.each([["not hex", "z".repeat(64)], ["too short", "c".repeat(63)], ["upper case", "C".repeat(64)], ["missing", undefined]])(
    "refuses a hash that is %s at the schema",
    (_name, tokenHash) => {
      const parsed = CommandSchema.safeParse({ type: "cofacilitator.add", tokenHash });
      expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["tokenHash"]);
    },
  );
});

describe("cofacilitator.added: the hash stays on the server", () => {
  const stored = (state: WorkshopState, tokenHash = coHash(1)): SeqEvent => ({
    seq: state.seq + 1,
    at: T0,
    event: { type: "cofacilitator.added", tokenHash },
  });

  it("the server's copy adds the hash to its secrets, keeping those it had", () => {
    const before = withLinks(1);
    const after = apply(before, stored(before, coHash(2)));
    expect(after.secrets).toEqual({ ...before.secrets, coFacilitatorTokenHashes: [coHash(1), coHash(2)] });
  });

  const VIEWERS: [string, Viewer][] = [
    ["facilitator", { role: "facilitator" }],
    ["screen", { role: "screen" }],
    ["any participant", { role: "participant", participantId: null }],
    ["Alice", { role: "participant", participantId: "p2" }],
  ];

  it.each(VIEWERS)("the %s's copy holds no secrets and only moves its seq", (_name, viewer) => {
    const server = withAlice();
    const view = viewFor(server, viewer);
    const event = stored(server);
    const next = apply(view, redactEvent(event, apply(server, event), viewer));
    expect(next).toEqual({ ...view, seq: event.seq });
    expect(next.secrets).toBeNull();
    // Even a copy that somehow received the hash has nowhere to keep it.
    expect(apply(view, event).secrets).toBeNull();
  });

  it.each(VIEWERS)("the %s receives the event without its hash", (_name, viewer) => {
    const server = withAlice();
    const event = stored(server);
    expect(redactEvent(event, apply(server, event), viewer).event).toEqual({ type: "cofacilitator.added" });
  });

  it("no delivery to any audience carries the hash, and every audience gets one copy", () => {
    const server = withAlice();
    const event = stored(server);
    const out = deliveries(event, apply(server, event));
    expect(out.map((d) => d.to.kind).sort()).toEqual(["facilitator", "participants", "screen"]);
    for (const d of out) expect(d.event).toEqual({ seq: event.seq, at: T0, event: { type: "cofacilitator.added" } });
    expect(JSON.stringify(out)).not.toContain(coHash(1));
  });

  it("no snapshot carries any hash, the facilitator's included", () => {
    const server = withLinks(3);
    for (const [, viewer] of VIEWERS) {
      const text = JSON.stringify(viewFor(server, viewer));
      for (const secret of [FACILITATOR_HASH, coHash(1), coHash(2), coHash(3)]) expect(text).not.toContain(secret);
    }
  });
});
