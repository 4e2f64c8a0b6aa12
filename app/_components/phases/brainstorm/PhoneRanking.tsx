"use client";

import type { WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { RankingBars } from "./RankingBars";
import { rankRows } from "./rankRows";

/** After the close, a phone shows how the room voted, with my own votes named in the list. */
export function PhoneRanking({ state, phaseId, mine }: { state: WorkshopState; phaseId: string; mine: Record<string, number> }) {
  const t = useT("brainstorm");
  const { ideas, groups } = rankRows(t, state, phaseId, mine);
  return (
    <div className="space-y-6">
      <p role="status" className="rounded-lg bg-brand-soft p-3 text-lg font-semibold">
        {t("voteClosedPhone")}
      </p>
      <section aria-labelledby="ranking-heading" className="space-y-3">
        <h3 id="ranking-heading" className="text-xl font-bold">
          {t("ideasByVotes")}
        </h3>
        <RankingBars rows={ideas} size="phone" label={t("ideasByVotes")} />
      </section>
      {groups.length > 0 ? (
        <section aria-labelledby="groups-ranking-heading" className="space-y-3">
          <h3 id="groups-ranking-heading" className="text-xl font-bold">
            {t("groupsByVotes")}
          </h3>
          <RankingBars rows={groups} size="phone" label={t("groupsByVotes")} />
        </section>
      ) : null}
    </div>
  );
}
