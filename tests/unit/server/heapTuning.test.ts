import { describe, expect, it } from "vitest";
import { tuneHeap } from "@/server/heapTuning";

/** The flags `tuneHeap` would hand V8, for a server started with `execArgv`. */
function flagsSet(execArgv: string[]): string[] {
  const set: string[] = [];
  tuneHeap(execArgv, (flags) => set.push(flags));
  return set;
}

// What the setting does to a busy server is measured by the load bench (bench/NOTES.md 46), not here.
describe("the server's heap tuning (server/heapTuning.ts)", () => {
  it("lets the heap grow to 3× what the last full collection kept", () => {
    expect(flagsSet([])).toEqual(["--heap-growing-percent=200"]);
    expect(flagsSet(["--enable-source-maps", "--max-old-space-size=512"])).toEqual(["--heap-growing-percent=200"]);
  });

  it("leaves it to whoever started the server with a factor of their own", () => {
    expect(flagsSet(["--heap-growing-percent=50"])).toEqual([]);
    expect(flagsSet(["--enable-source-maps", "--heap_growing_percent=0"])).toEqual([]);
  });
});
