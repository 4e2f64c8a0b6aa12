import type { Delivery, EventType, WorkshopState } from "@/lib/domain";
import type { PublicWorkshopInfo } from "@/lib/protocol";
import type { Rooms } from "../rooms/rooms";
import { rooms as audience } from "./audiences";
import type { OnsideServer } from "./types";

/**
 * The events that change the workshop's public card (`PublicWorkshopInfo`: teams, language, the
 * current phase; the title is set when the workshop is created and no event changes it). Only
 * these reach the phones on the join form: a card, a vote or a timer tells them nothing.
 */
const CHANGES_PUBLIC_INFO: ReadonlySet<EventType> = new Set<EventType>([
  "team.added",
  "team.renamed",
  "team.removed",
  "workshop.languageSet",
  "phase.changed",
  "agenda.phaseUpdated",
]);

export function changesPublicInfo(batch: readonly Delivery[]): boolean {
  return batch.some((d) => CHANGES_PUBLIC_INFO.has(d.event.event.type));
}

/** After a commit: tells the phones on the join form the workshop's card, if the commit changed it. */
export type AnnounceInfo = (code: string, batch: readonly Delivery[]) => void;

/**
 * Sends the card to a workshop's guests once per turn of the event loop at most (an agenda edit
 * that adds three teams is one message), built from the room as it is then. Sent to their
 * Socket.IO room, so with several servers the Redis adapter carries it to every server's guests;
 * only the server that committed the events publishes them, so each guest hears it once.
 */
export function publicInfoAnnouncer(
  io: OnsideServer,
  deps: { rooms: Rooms; publicInfo: (state: WorkshopState) => PublicWorkshopInfo; log: (err: unknown) => void },
): AnnounceInfo {
  const due = new Set<string>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const codes = [...due];
    due.clear();
    for (const code of codes) {
      deps.rooms.get(code).then((room) => {
        if (room) io.to(audience.guests(code)).emit("workshop:info", deps.publicInfo(room.state));
      }, deps.log);
    }
  };
  return (code, batch) => {
    if (!changesPublicInfo(batch)) return;
    due.add(code);
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
}
