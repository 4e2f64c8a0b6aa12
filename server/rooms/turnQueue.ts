import type { Ack, CommandAck } from "@/lib/protocol";
import type { SerialQueue } from "./serialQueue";
import type { Waiting } from "./turn";

/** A command waiting for its turn, with the caller waiting for its answer. */
export interface Queued extends Waiting {
  resolve: (answer: Ack<CommandAck>) => void;
  reject: (err: unknown) => void;
}

/**
 * Gathers a room's commands by turn of the event loop, in the room's queue. The first command of
 * a turn is carried out at once: a room of thirty rarely gets two in one turn, and waiting for
 * the turn to end would only add to its answer. Those that come after it in the same turn (a
 * kick-off's hundred cards) wait for the turn's end and are carried out together.
 */
export class TurnQueue {
  private waiting: Queued[] = [];
  /** A command came in this turn: others that come in it wait for its end. */
  private busyTurn = false;

  constructor(
    private readonly queue: SerialQueue,
    private readonly one: (command: Waiting) => Promise<Ack<CommandAck>>,
    private readonly together: (commands: Queued[]) => Promise<void>,
  ) {}

  run(command: Waiting): Promise<Ack<CommandAck>> {
    if (this.waiting.length === 0 && !this.busyTurn) {
      this.busyTurn = true;
      setImmediate(() => (this.busyTurn = false));
      return this.queue.run(() => this.one(command));
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ ...command, resolve, reject });
      // The first to wait books the turn's end; the others join it.
      if (this.waiting.length === 1) void this.queue.run(() => nextTurn().then(() => this.carryOut()));
    });
  }

  private carryOut(): Promise<void> {
    const commands = this.waiting;
    this.waiting = [];
    if (commands.length === 1) return settle(commands[0]!, () => this.one(commands[0]!));
    return this.together(commands);
  }
}

/** Answers a waiting command with what `run` comes to, or with its error. */
export async function settle(command: Queued, run: () => Promise<Ack<CommandAck>>): Promise<void> {
  try {
    command.resolve(await run());
  } catch (err) {
    command.reject(err);
  }
}

/** After the I/O of this turn of the event loop: the commands read in it are carried out together. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
