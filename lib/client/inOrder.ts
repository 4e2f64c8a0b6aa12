/**
 * Handles what the server sent in the order it came, though some of it must first be inflated
 * (lib/protocol/deflated.ts), which takes a promise: a small batch that arrives while a large one
 * is still being inflated waits for it, so events are never applied out of order (which would
 * look like a gap and cost a sync). With nothing waiting, a message is handled at once, as it
 * always was.
 */
export class InOrder {
  private tail: Promise<void> | null = null;

  run<T>(value: T | Promise<T>, handle: (value: T) => void, failed: (err: unknown) => void): void {
    if (!this.tail && !(value instanceof Promise)) return handle(value);
    const step = Promise.all([value, this.tail])
      .then(([ready]) => handle(ready))
      .catch(failed);
    this.tail = step;
    void step.then(() => {
      if (this.tail === step) this.tail = null;
    });
  }
}
