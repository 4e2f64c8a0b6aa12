import type { PhaseKind } from "@/lib/domain";

export type AgreementPhaseKind = Extract<PhaseKind, "agreements" | "carry-over">;

/** The words that differ between agreements and carry-over; the tools are the same. */
export interface AgreementCopy {
  formHeading: string;
  formHint: string;
  whatPlaceholder: string;
  metricPlaceholder: { name: string; baseline: string; target: string };
  emptyPhone: string;
  emptyScreen: string;
}

export const COPY: Record<AgreementPhaseKind, AgreementCopy> = {
  agreements: {
    formHeading: "Make an agreement",
    formHint: "What we will do, who owns it with a buddy from another team, by when, and the result that shows it worked.",
    whatPlaceholder: "e.g. Sales checks every new offer with Finance before it goes out",
    metricPlaceholder: { name: "e.g. error reports", baseline: "e.g. 10%", target: "e.g. 5%" },
    emptyPhone: "No agreements yet. They appear here as the room makes them, and you can say “I'm in”.",
    emptyScreen: "Agreements appear here as we make them.",
  },
  "carry-over": {
    formHeading: "Involve the colleagues who weren't here",
    formHint:
      "How do colleagues who weren't here get a similar experience and get involved? Who makes it happen, with a buddy from another team, by when, and how many are reached.",
    whatPlaceholder: "e.g. Each team runs a 30-minute “in their shoes” session for those who weren't here",
    metricPlaceholder: { name: "e.g. colleagues briefed", baseline: "e.g. 0", target: "e.g. 40" },
    emptyPhone: "Nothing agreed yet for the colleagues who weren't here. It appears here as the room decides, and you can say “I'm in”.",
    emptyScreen: "How the colleagues who weren't here get involved appears here as we agree on it.",
  },
};
