"use client";

import { useEffect, useState } from "react";
import type { CatchUpSummary } from "@/lib/domain/features/catchup/summary";
import { useT } from "@/lib/client/i18n";
import { reportApi } from "@/lib/client/reportApi";

type Concern = CatchUpSummary["concerns"][number];

/**
 * What colleagues who caught up afterwards said worries them about this agreement, for its owner
 * (the report itself never shows concerns' words: they are for the owner and the facilitator).
 * Nothing shows until a catch-up has been opened.
 */
export function OwnerConcerns({ code, token, agreementId, teams }: { code: string; token: string; agreementId: string; teams: readonly { id: string; name: string }[] }) {
  const t = useT("catchup");
  const [concerns, setConcerns] = useState<Concern[] | null>(null);
  useEffect(() => {
    let live = true;
    reportApi
      .catchUp(code, token)
      .then(({ catchup }) => live && catchup && setConcerns(catchup.concerns.filter((c) => c.agreementId === agreementId)))
      // Without the catch-up's answer the agreement still reads and updates as before.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [code, token, agreementId]);
  if (!concerns) return null;
  const teamName = (id: string) => teams.find((team) => team.id === id)?.name ?? "";
  return (
    <section aria-label={t("concerns")} className="space-y-2">
      <h4 className="font-semibold">{t("concerns")}</h4>
      {concerns.length === 0 ? (
        <p className="text-muted">{t("noConcerns")}</p>
      ) : (
        <ul className="space-y-2">
          {concerns.map((c, i) => (
            <li key={i} className="rounded-lg bg-brand-soft p-2">
              <p className="wrap-anywhere">{c.text}</p>
              <p className="text-sm text-muted wrap-anywhere">{t("concernBy", { name: c.name, team: teamName(c.teamId) })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
