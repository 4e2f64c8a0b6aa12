import { describe, expect, it } from "vitest";
import { InOrder } from "@/lib/client/inOrder";

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const fail = () => {
  throw new Error("not expected to fail");
};

describe("handling what the server sent in the order it came", () => {
  it("handles a plain message at once when nothing is waiting", () => {
    const seen: number[] = [];
    new InOrder().run(1, (n) => seen.push(n), fail);
    expect(seen).toEqual([1]);
  });

  it("holds a plain message back behind one still being inflated, then carries on at once again", async () => {
    const order = new InOrder();
    const seen: string[] = [];
    order.run(later("large batch", 30), (m) => seen.push(m), fail);
    order.run("small batch", (m) => seen.push(m), fail);
    order.run(later("second large batch", 5), (m) => seen.push(m), fail);
    expect(seen).toEqual([]);
    await later(null, 60);
    expect(seen).toEqual(["large batch", "small batch", "second large batch"]);
    order.run("next", (m) => seen.push(m), fail);
    expect(seen.at(-1)).toBe("next");
  });

  it("reports a message that cannot be read, and goes on with the ones after it", async () => {
    const order = new InOrder();
    const seen: string[] = [];
    const failures: unknown[] = [];
    order.run(Promise.reject(new Error("damaged")), (m: string) => seen.push(m), (err) => failures.push(err));
    order.run("after", (m) => seen.push(m), fail);
    await later(null, 10);
    expect(failures).toHaveLength(1);
    expect(seen).toEqual(["after"]);
  });
});
