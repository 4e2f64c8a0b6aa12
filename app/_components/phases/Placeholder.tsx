import type { PhaseKind } from "@/lib/domain";
import type { PhaseViews } from "./types";

/** Stands in for a phase kind whose views are being built: the prompt, as a slide. */
export function placeholderViews<K extends PhaseKind>(): PhaseViews<K> {
  return {
    Phone: ({ phase }) => <p className="text-lg text-muted">{phase.prompt}</p>,
    Screen: () => null,
    Console: () => <p className="text-muted">Phones and the room screen show this phase as a slide.</p>,
  };
}
