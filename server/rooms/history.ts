import type { Delivery, SeqEvent, Viewer } from "@/lib/domain";

/**
 * An event as every audience received it. Most events hide nothing from anyone, and then every
 * audience holds the same object: that one is kept. An anonymous card is alike for everyone but
 * its author: the shared copy and the author's are kept. Anything else, each audience's delivery.
 *
 * Each server keeps every live workshop's recent events: kept as deliveries, each with an audience
 * of its own, a named card left 1,111 bytes in the server's memory, now 606 (tests/load/heapBench.ts).
 */
type Entry = SeqEvent | Personal | Delivery[];

interface Personal {
  shared: SeqEvent;
  owner: string;
  own: SeqEvent;
}

function entryOf(copies: Delivery[]): Entry {
  const everyone = copies.find((d) => d.to.kind === "participants");
  const owners = copies.filter((d) => d.to.kind === "participant");
  // As deliveries() makes them: the facilitator, the screen and the phones once each, and at most
  // one owner, with the first three sharing one copy.
  const audiences = new Set(copies.map((d) => d.to.kind));
  const alike =
    owners.length <= 1 &&
    audiences.size === 3 + owners.length &&
    copies.length === audiences.size &&
    copies.every((d) => d.to.kind === "participant" || d.event === everyone?.event);
  if (!alike || everyone?.to.kind !== "participants") return copies;
  const leftOut = everyone.to.except;
  const [mine] = owners;
  if (!mine) return leftOut.length === 0 ? everyone.event : copies;
  // The shared copy is everyone else's only if no one but the owner is left out of it.
  if (mine.to.kind !== "participant" || leftOut.length !== 1 || leftOut[0] !== mine.to.participantId) return copies;
  return { shared: everyone.event, owner: mine.to.participantId, own: mine.event };
}

/**
 * The last events of a workshop as each audience received them, so a phone that reconnects gets
 * exactly what it missed, redacted as it was then. Older gaps are answered with a snapshot.
 */
export class History {
  private readonly entries: Entry[] = [];

  /** At least the last `capacity` events are held (up to twice as many, between trims). */
  constructor(readonly capacity = 2000) {}

  /** One event's deliveries (lib/domain `deliveries`: every audience, each once). */
  add(copies: Delivery[]): void {
    this.entries.push(entryOf(copies));
    // Trimmed in one go when it has doubled: trimming one entry per event moved the whole list
    // each time, 2,000 entries per card once a kick-off's history was full (2.5 % of the server's
    // time in its burst, bench (a)).
    if (this.entries.length >= 2 * this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** `null` if events after `since` are no longer all held. */
  since(since: number, viewer: Viewer): SeqEvent[] | null {
    const first = this.entries[0];
    if (!first || seqOf(first) > since + 1) return null;
    const out: SeqEvent[] = [];
    for (const entry of this.entries) {
      if (seqOf(entry) <= since) continue;
      const copy = copyFor(entry, viewer);
      if (copy) out.push(copy);
    }
    return out;
  }
}

function seqOf(entry: Entry): number {
  if (Array.isArray(entry)) return entry[0]!.event.seq;
  return "own" in entry ? entry.shared.seq : entry.seq;
}

/** The copy a viewer received, if any (a phone may not be shown an event at all). */
function copyFor(entry: Entry, viewer: Viewer): SeqEvent | undefined {
  if (Array.isArray(entry)) return entry.find((d) => receives(viewer, d))?.event;
  if (!("own" in entry)) return entry;
  return viewer.role === "participant" && viewer.participantId === entry.owner ? entry.own : entry.shared;
}

/** Whether a viewer is in a delivery's audience (a personal copy wins over the shared one). */
function receives(viewer: Viewer, { to }: Delivery): boolean {
  switch (viewer.role) {
    case "facilitator":
      return to.kind === "facilitator";
    case "screen":
      return to.kind === "screen";
    case "participant":
      if (to.kind === "participant") return to.participantId === viewer.participantId;
      return to.kind === "participants" && !to.except.includes(viewer.participantId ?? "");
  }
}
