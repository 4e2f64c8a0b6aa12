import type { Delivery, SeqEvent, Viewer } from "@/lib/domain";

/**
 * The last events of a workshop as each audience received them, so a phone that reconnects gets
 * exactly what it missed, redacted as it was then. Older gaps are answered with a snapshot.
 */
export class History {
  private readonly entries: { seq: number; copies: Delivery[] }[] = [];

  /** At least the last `capacity` events are held (up to twice as many, between trims). */
  constructor(readonly capacity = 2000) {}

  add(seq: number, copies: Delivery[]): void {
    this.entries.push({ seq, copies });
    // Trimmed in one go when it has doubled: trimming one entry per event moved the whole list
    // each time, 2,000 entries per card once a kick-off's history was full (2.5 % of the server's
    // time in its burst, bench (a)).
    if (this.entries.length >= 2 * this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** `null` if events after `since` are no longer all held. */
  since(since: number, viewer: Viewer): SeqEvent[] | null {
    const first = this.entries[0];
    if (!first || first.seq > since + 1) return null;
    const out: SeqEvent[] = [];
    for (const { seq, copies } of this.entries) {
      if (seq <= since) continue;
      const copy = copies.find((d) => receives(viewer, d)) ;
      if (copy) out.push(copy.event);
    }
    return out;
  }
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
