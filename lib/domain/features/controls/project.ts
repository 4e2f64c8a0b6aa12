import { moderates, type Redactors } from "../../feature";
import type { Card } from "../../model";
import { cardFor } from "../cards/visibility";

export const controlRedactors: Redactors<"phase.revealed"> = {
  /** Those who did not hold others' private cards get them all with the reveal. */
  "phase.revealed"(event, state, viewer) {
    if (moderates(viewer)) return event;
    const cards = Object.values(state.cards)
      .filter((c) => c.phaseId === event.phaseId)
      .map((c) => cardFor(c, state, viewer))
      .filter((c): c is Card => c !== null);
    return { ...event, cards };
  },
};
