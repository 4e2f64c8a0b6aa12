import { describe, expect, it } from "vitest";
import type { Send } from "@/server/realtime/eventsOut";
import type { Delivery } from "@/lib/domain";
import { Broadcaster } from "@/server/realtime/broadcaster";
import { SLICE, dispatch } from "@/server/realtime/slices";
import { recording } from "../../helpers/recordingServer";

const CODE = "KICKOF";
const send = (name: string, to: string[], except: string[] = []): Send => ({ to, except, local: false, name: "workshop:events", payload: [name as never] });

describe("sending a flush in slices", () => {
  it("sends a large flush a slice per turn, every message to a socket in order, then says it is done", async () => {
    const { io, got, emits } = recording(CODE, SLICE * 2 + 100);
    let done = false;
    dispatch(io, [send("first", ["all"]), send("second", ["all"], ["odd"])], true, () => (done = true));
    expect(done).toBe(false);
    expect(emits()).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(true);
    expect(got.get("s0")).toEqual(["first", "second"]);
    expect(got.get("s1")).toEqual(["first"]);
    expect(got.get(`s${SLICE * 2 + 98}`)).toEqual(["first", "second"]);
    expect(emits()).toBeGreaterThanOrEqual(4);
  });

  it("sends what is left at once when the server is stopping", () => {
    const { io, got } = recording(CODE, SLICE * 3);
    let done = false;
    const sending = dispatch(io, [send("only", ["all"])], true, () => (done = true));
    expect(got.get(`s${SLICE * 3 - 1}`)).toEqual([]);
    sending.finish();
    expect(done).toBe(true);
    expect([...got.values()].every((g) => g.length === 1)).toBe(true);
  });

  it("sends a small flush, or one through other servers, in one go", () => {
    for (const sliced of [true, false]) {
      // Sliced: 150 sockets get "a" and 75 "b", under SLICE messages in all.
      const { io, got, emits } = recording(CODE, sliced ? 150 : SLICE * 3);
      let done = false;
      dispatch(io, [send("a", ["all"]), send("b", ["odd"])], sliced, () => (done = true));
      expect(done).toBe(true);
      expect(emits()).toBe(2);
      expect(got.get("s1")).toEqual(["a", "b"]);
    }
  });
});

describe("a large workshop's broadcasts", () => {
  const card = (seq: number): Delivery => ({
    to: { kind: "participants", except: [] },
    event: { seq, at: seq, event: { type: "card.added", cardId: `c${seq}`, phaseId: "x", authorId: "p1", teamId: "t1", text: "hi", column: null, aboutTeamId: null, anonymous: false } },
  });

  it("hold what comes while a flush is going out in slices until every socket has had it", async () => {
    const { io, got } = recording(CODE, SLICE * 3);
    // The fake records each message by its first event, a tuple whose first value is its seq.
    const broadcaster = new Broadcaster(io, true);
    broadcaster.publish(CODE, [card(1)]);
    await new Promise((r) => setImmediate(r));
    broadcaster.publish(CODE, [card(2)]);
    await new Promise((r) => setTimeout(r, 50));
    expect(got.get("s0")).toEqual([[1, 1, "c1", "x", "p1", "t1", "hi", null, null, false]]);
    broadcaster.flushAll();
    for (const id of ["s0", `s${SLICE * 3 - 1}`]) expect(got.get(id)!.map((m) => (m as unknown as number[])[0])).toEqual([1, 2]);
  });
});
