import { describe, expect, it } from "vitest";
import { Outbox } from "@/lib/client/outbox";
import { memoryStorage } from "@/lib/client/storage";

describe("the outbox", () => {
  it("keeps unacknowledged commands, with their ids, across a reload", () => {
    const storage = memoryStorage();
    const before = new Outbox(storage, "k");
    const a = before.add({ type: "card.add", phaseId: "changes", text: "one" }, 1);
    const b = before.add({ type: "card.add", phaseId: "changes", text: "two" }, 2);
    const after = new Outbox(storage, "k");
    expect(after.list().map((i) => i.id)).toEqual([a.id, b.id]);
    after.remove(a.id);
    expect(new Outbox(storage, "k").list().map((i) => i.id)).toEqual([b.id]);
  });

  it("starts empty when what is stored is damaged", () => {
    const storage = memoryStorage();
    storage.set("k", "{not json");
    expect(new Outbox(storage, "k").list()).toEqual([]);
    storage.set("k", JSON.stringify([{ nope: 1 }, null]));
    expect(new Outbox(storage, "k").list()).toEqual([]);
  });

  it("two tabs of one person: neither loses what the other queued and is still waiting for", () => {
    const storage = memoryStorage();
    const tabA = new Outbox(storage, "k");
    const tabB = new Outbox(storage, "k");
    const fromA = tabA.add({ type: "card.add", phaseId: "changes", text: "typed in A" }, 1);
    const fromB = tabB.add({ type: "card.add", phaseId: "changes", text: "typed in B" }, 2);
    expect(tabA.list().map((i) => i.id)).toEqual([fromA.id, fromB.id]);
    // Each tab shows only its own as "sending"; the other's shows up as it lands.
    expect(tabA.mine().map((i) => i.id)).toEqual([fromA.id]);
    expect(tabB.mine().map((i) => i.id)).toEqual([fromB.id]);
    // B's answer comes: A's card is still waiting, in both tabs and after a reload.
    tabB.remove(fromB.id);
    expect(tabA.list().map((i) => i.id)).toEqual([fromA.id]);
    expect(new Outbox(storage, "k").list().map((i) => i.id)).toEqual([fromA.id]);
  });
});
