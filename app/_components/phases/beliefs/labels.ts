import { useMemo } from "react";
import { teamName, type BeliefCause, type BeliefVote, type WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";

const CAUSE_KEYS = {
  unexplained: ["causeUnexplained", "causeUnexplainedHint"],
  "not-consulted": ["causeNotConsulted", "causeNotConsultedHint"],
  "expertise-unused": ["causeExpertiseUnused", "causeExpertiseUnusedHint"],
  other: ["causeOther", "causeOtherHint"],
} as const satisfies Record<BeliefCause, readonly [string, string]>;

const VOTE_IDS: readonly BeliefVote[] = ["agree", "partly", "disagree"];

/**
 * The likely causes a belief is tagged with and the three votes, as the workshop names them, in
 * the page's language; and whom a belief is about, as a heading reads it.
 */
export function useBeliefLabels() {
  const t = useT("beliefs");
  return useMemo(() => {
    const causes = (Object.keys(CAUSE_KEYS) as BeliefCause[]).map((id) => ({ id, label: t(CAUSE_KEYS[id][0]), hint: t(CAUSE_KEYS[id][1]) }));
    const votes = VOTE_IDS.map((id) => ({ id, label: t(id) }));
    const causeLabel = (cause: BeliefCause) => causes.find((c) => c.id === cause)?.label ?? t("causeOther");
    const aboutLabel = (state: WorkshopState, aboutTeamId: string | null) =>
      aboutTeamId === null ? t("everyone") : teamName(state, aboutTeamId) || t("aTeam");
    return { causes, votes, causeLabel, aboutLabel };
  }, [t]);
}
