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
});
