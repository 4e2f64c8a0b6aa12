import { useT } from "@/lib/client/i18n";
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

/** Each kind's words in the "agreements" area of the catalogue. */
const KEYS = {
  agreements: {
    formHeading: "formHeading",
    formHint: "formHint",
    whatPlaceholder: "whatPlaceholder",
    metricPlaceholder: { name: "metricNamePlaceholder", baseline: "baselinePlaceholder", target: "targetPlaceholder" },
    emptyPhone: "emptyPhone",
    emptyScreen: "emptyScreen",
  },
  "carry-over": {
    formHeading: "carryFormHeading",
    formHint: "carryFormHint",
    whatPlaceholder: "carryWhatPlaceholder",
    metricPlaceholder: { name: "carryMetricNamePlaceholder", baseline: "carryBaselinePlaceholder", target: "carryTargetPlaceholder" },
    emptyPhone: "carryEmptyPhone",
    emptyScreen: "carryEmptyScreen",
  },
} as const;

/** The words of one kind of agreement phase, in the page's language. */
export function useAgreementCopy(kind: AgreementPhaseKind): AgreementCopy {
  const t = useT("agreements");
  const k = KEYS[kind];
  return {
    formHeading: t(k.formHeading),
    formHint: t(k.formHint),
    whatPlaceholder: t(k.whatPlaceholder),
    metricPlaceholder: { name: t(k.metricPlaceholder.name), baseline: t(k.metricPlaceholder.baseline), target: t(k.metricPlaceholder.target) },
    emptyPhone: t(k.emptyPhone),
    emptyScreen: t(k.emptyScreen),
  };
}
