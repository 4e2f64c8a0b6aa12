import type { Appliers } from "../../feature";

export const brainstormAppliers: Appliers<"group.created" | "group.renamed" | "card.grouped" | "dot.added" | "dot.removed" | "vote.closed"> = {
  "group.created": (s) => s,
  "group.renamed": (s) => s,
  "card.grouped": (s) => s,
  "dot.added": (s) => s,
  "dot.removed": (s) => s,
  "vote.closed": (s) => s,
};
