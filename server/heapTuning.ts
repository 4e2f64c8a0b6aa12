import { setFlagsFromString } from "node:v8";

/** How far the old generation may grow past what the last full collection kept: 200 % (3×). */
const HEAP_GROWING_PERCENT = 200;

/**
 * Lets the heap grow further between full collections than V8 would choose for a busy server.
 *
 * A busy server promotes about a megabyte a second of objects that die soon after (the
 * transport's packets and the long-polling answers, as much in a bare Socket.IO server). V8 sets
 * the next full collection from the heap the last one kept, times a factor it picks from how fast
 * it collects against how fast the program allocates: 1.2-1.4 for many rooms (100 workshops of 30,
 * ~60 MB kept), so a full collection came every 4-10 s. Each marks for ~100 ms on helper threads
 * that share the server's cores, and the event loop stalled 30-47 ms at a time meanwhile: the
 * slowest card in a hundred had waited on one. At 3× there were 2 in the minute instead of 6-14,
 * for ~20 MB more memory (bench/NOTES.md 46). A fixed factor also replaces V8's larger one (up to
 * 4×) when a burst allocates fast; the kick-off's burst ran no full collection either way. A server
 * that keeps little in memory gains little room either way: 3× of a small heap is still small.
 *
 * V8 reads the factor whenever it sets the next limit, so setting it at start-up takes effect.
 * A `--heap-growing-percent` given on the command line wins.
 */
export function tuneHeap(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setFlagsFromString): void {
  if (execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return;
  setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
