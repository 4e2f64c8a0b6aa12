import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWorkshop, type StoredEvent } from "@/lib/domain";
import { ConflictError, type EventStore } from "@/server/store/eventStore";

/** A store under test: opened fresh (empty) for each test, reopenable on the same data. */
export interface StoreFixture {
  store: EventStore;
  /** Closes this store and opens another on the same data, as a restarted server would. */
  reopen(): Promise<EventStore>;
  /** Closes the store and removes its data. */
  dispose(): Promise<void>;
}

/**
 * `count` events of a workshop whose last one happened at `lastAt`, numbered from `from`: its
 * creation first (with a recognisable title), then placeholders a phone would not see.
 */
export function events(code: string, lastAt: number, count = 3, from = 1): StoredEvent[] {
  const created = createWorkshop({ title: `${code} private title`, teams: ["Sales", "IT"] }, { code, facilitatorTokenHash: "f".repeat(64) });
  return Array.from({ length: count }, (_, i) => ({
    seq: from + i,
    at: lastAt - (count - 1 - i) * 1000,
    actor: i % 2 === 0 ? "facilitator" : "participant:p1",
    commandId: i === 0 ? null : `cmd-${code}-${from + i}`,
    resultId: i === 2 ? `result-${from + i}` : null,
    event: i === 0 && from === 1 ? created : { type: "redacted" },
  }));
}

/**
 * What every EventStore promises, whichever database is behind it: one suite, run against each
 * store (tests/integration/store/*.test.ts).
 */
export function eventStoreContract(name: string, open: () => Promise<StoreFixture>): void {
  describe(`${name}: the event store contract`, () => {
    let fixture: StoreFixture;
    let store: EventStore;
    beforeEach(async () => {
      fixture = await open();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.dispose();
    });

    it("has no events for a workshop it never saw", async () => {
      expect(await store.load("NOSUCH")).toEqual([]);
      expect(await store.load("NOSUCH", 5)).toEqual([]);
    });

    it("gives back what was appended, in order, field for field", async () => {
      const written = events("AAAAAA", 1_700_000_000_123, 4);
      await store.append("AAAAAA", 0, written);
      expect(await store.load("AAAAAA")).toEqual(written);
      expect(await store.load("AAAAAA", 2)).toEqual(written.slice(2));
      expect(await store.load("AAAAAA", 4)).toEqual([]);
    });

    it("keeps each workshop's log apart, each numbered from 1", async () => {
      await store.append("AAAAAA", 0, events("AAAAAA", 5000, 2));
      await store.append("BBBBBB", 0, events("BBBBBB", 5000, 3));
      expect((await store.load("AAAAAA")).map((e) => e.seq)).toEqual([1, 2]);
      expect((await store.load("BBBBBB")).map((e) => e.seq)).toEqual([1, 2, 3]);
    });

    it("continues a log only where it ends: behind or ahead is a ConflictError, and nothing is written", async () => {
      await store.append("AAAAAA", 0, events("AAAAAA", 5000, 3));
      const behind = events("AAAAAA", 6000, 2, 3);
      await expect(store.append("AAAAAA", 2, behind)).rejects.toBeInstanceOf(ConflictError);
      const ahead = events("AAAAAA", 6000, 2, 6);
      await expect(store.append("AAAAAA", 5, ahead)).rejects.toBeInstanceOf(ConflictError);
      // A second creation of a code that is taken (how a new workshop's code is drawn again).
      await expect(store.append("AAAAAA", 0, events("AAAAAA", 6000, 1))).rejects.toBeInstanceOf(ConflictError);
      expect((await store.load("AAAAAA")).map((e) => e.seq)).toEqual([1, 2, 3]);
      await store.append("AAAAAA", 3, events("AAAAAA", 7000, 2, 4));
      expect((await store.load("AAAAAA")).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    });

    it("refuses a batch numbered out of order, and writes none of it", async () => {
      const batch = events("AAAAAA", 5000, 3);
      const shuffled = [batch[0]!, batch[2]!, batch[1]!];
      await expect(store.append("AAAAAA", 0, shuffled)).rejects.toThrow(/out of order/);
      expect(await store.load("AAAAAA")).toEqual([]);
    });

    it("checks an empty append against where the log ends, and writes nothing", async () => {
      await store.append("AAAAAA", 0, events("AAAAAA", 5000, 2));
      await expect(store.append("AAAAAA", 2, [])).resolves.toBeUndefined();
      await expect(store.append("AAAAAA", 1, [])).rejects.toBeInstanceOf(ConflictError);
      expect(await store.load("AAAAAA")).toHaveLength(2);
    });

    it("lets exactly one of two writers that saw the same end append; the other gets ConflictError", async () => {
      await store.append("AAAAAA", 0, events("AAAAAA", 5000, 1));
      const mine = events("AAAAAA", 6000, 3, 2).map((e) => ({ ...e, actor: "participant:mine" }));
      const theirs = events("AAAAAA", 6000, 2, 2).map((e) => ({ ...e, actor: "participant:theirs" }));
      const results = await Promise.allSettled([store.append("AAAAAA", 1, mine), store.append("AAAAAA", 1, theirs)]);
      const won = results.findIndex((r) => r.status === "fulfilled");
      const lost = results.find((r) => r.status === "rejected");
      expect(won).toBeGreaterThanOrEqual(0);
      expect(lost?.status === "rejected" && lost.reason).toBeInstanceOf(ConflictError);
      const log = await store.load("AAAAAA");
      expect(log.slice(1)).toEqual(won === 0 ? mine : theirs);
    });

    it("never forks a log when many writers race: one sequence, no gaps, each event once", async () => {
      await store.append("RACERS", 0, events("RACERS", 5000, 1));
      const writers = 8;
      const perWriter = 5;
      // Each writer appends its events one at a time, as a server does: read where the log ends,
      // append there, and on a ConflictError read again.
      const write = async (w: number) => {
        for (let i = 0; i < perWriter; i++) {
          for (;;) {
            const log = await store.load("RACERS");
            const end = log[log.length - 1]!.seq;
            const event: StoredEvent = { seq: end + 1, at: 6000, actor: `writer:${w}`, commandId: `w${w}-${i}`, resultId: null, event: { type: "redacted" } };
            try {
              await store.append("RACERS", end, [event]);
              break;
            } catch (err) {
              if (!(err instanceof ConflictError)) throw err;
            }
          }
        }
      };
      await Promise.all(Array.from({ length: writers }, (_, w) => write(w)));
      const log = await store.load("RACERS");
      expect(log.map((e) => e.seq)).toEqual(Array.from({ length: writers * perWriter + 1 }, (_, i) => i + 1));
      const ids = log.slice(1).map((e) => e.commandId);
      expect(new Set(ids).size).toBe(writers * perWriter);
    });

    it("still holds every acknowledged event when opened again", async () => {
      const written = events("AAAAAA", 5000, 5);
      await store.append("AAAAAA", 0, written);
      store = await fixture.reopen();
      expect(await store.load("AAAAAA")).toEqual(written);
      await store.append("AAAAAA", 5, events("AAAAAA", 6000, 1, 6));
      expect(await store.load("AAAAAA")).toHaveLength(6);
    });

    it("removes every event of one workshop and no other's, saying how many", async () => {
      await store.append("AAAAAA", 0, events("AAAAAA", 5000));
      await store.append("BBBBBB", 0, events("BBBBBB", 5000));
      expect(await store.remove("AAAAAA")).toBe(3);
      expect(await store.load("AAAAAA")).toEqual([]);
      expect(await store.load("BBBBBB")).toHaveLength(3);
      expect(await store.remove("AAAAAA")).toBe(0);
    });

    it("refuses an append that expects a deleted log to go on", async () => {
      await store.append("AAAAAA", 0, events("AAAAAA", 5000));
      await store.remove("AAAAAA");
      await expect(store.append("AAAAAA", 3, events("AAAAAA", 6000, 1, 4))).rejects.toBeInstanceOf(ConflictError);
      expect(await store.load("AAAAAA")).toEqual([]);
    });

    it("names the workshops whose last event is older than a moment, by their last event only", async () => {
      await store.append("OLDOLD", 0, events("OLDOLD", 1_000));
      await store.append("NEWNEW", 0, events("NEWNEW", 9_000));
      // Began long ago, but still in use: its last event counts, not its first.
      await store.append("LONGER", 0, [...events("LONGER", 1_000), { ...events("LONGER", 9_500)[0]!, seq: 4 }]);
      expect(await store.idleSince(5_000)).toEqual(["OLDOLD"]);
      expect((await store.idleSince(10_000)).sort()).toEqual(["LONGER", "NEWNEW", "OLDOLD"]);
      expect(await store.idleSince(0)).toEqual([]);
    });

    it("finds nothing idle in an empty store", async () => {
      expect(await store.idleSince(Date.now())).toEqual([]);
    });
  });
}
