import type { Actor } from "@/lib/domain";
import type { Presence as PresenceView } from "@/lib/protocol";

interface Counts {
  participants: Map<string, number>;
  facilitators: number;
  screens: number;
}

/**
 * Who is connected right now, per workshop. Ephemeral by design: presence is not history and
 * never enters the event log. Counted per person, so two tabs of one phone are one person.
 */
export class Presence {
  private readonly byWorkshop = new Map<string, Counts>();

  join(code: string, actor: Actor): void {
    this.change(code, actor, +1);
  }

  leave(code: string, actor: Actor): void {
    this.change(code, actor, -1);
  }

  view(code: string): PresenceView {
    const c = this.byWorkshop.get(code);
    if (!c) return { online: [], facilitators: 0, screens: 0 };
    return { online: [...c.participants.keys()], facilitators: c.facilitators, screens: c.screens };
  }

  private change(code: string, actor: Actor, delta: 1 | -1): void {
    let c = this.byWorkshop.get(code);
    if (!c) {
      c = { participants: new Map(), facilitators: 0, screens: 0 };
      this.byWorkshop.set(code, c);
    }
    switch (actor.role) {
      case "facilitator":
        c.facilitators = Math.max(0, c.facilitators + delta);
        break;
      case "screen":
        c.screens = Math.max(0, c.screens + delta);
        break;
      case "participant": {
        const n = (c.participants.get(actor.participantId) ?? 0) + delta;
        if (n > 0) c.participants.set(actor.participantId, n);
        else c.participants.delete(actor.participantId);
        break;
      }
      case "guest":
        return;
    }
    if (c.participants.size === 0 && c.facilitators === 0 && c.screens === 0) this.byWorkshop.delete(code);
  }
}
