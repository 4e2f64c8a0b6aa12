/**
 * Waits until `check` holds, polling; fails with `what` after `ms`. Faults are waited out this
 * way, never with a fixed sleep: a slow machine takes longer, it does not fail.
 */
export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
