"use client";

import { useEffect, useState } from "react";
import type { CatchUpSummary } from "@/lib/domain/features/catchup/summary";
import { useT } from "@/lib/client/i18n";
import { reportApi } from "@/lib/client/reportApi";

/**
 * For an agreement's owner: how far each team's absent colleagues are with the catch-up, and what
 * worries them about this agreement (the report itself never shows concerns' words: they are for
 * the owner and the facilitator). Nothing shows until a catch-up has been opened.
 */
export function OwnerCatchUp({ code, token, agreementId, teams }: { code: string; token: string; agreementId: string; teams: readonly { id: string; name: string }[] }) {
  const t = useT("catchup");
  const [catchUp, setCatchUp] = useState<CatchUpSummary | null>(null);
  useEffect(() => {
    let live = true;
    reportApi
      .catchUp(code, token)
      .then(({ catchup }) => live && setCatchUp(catchup))
      // Without the catch-up's answer the agreement still reads and updates as before.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [code, token, agreementId]);
  if (!catchUp) return null;
  const concerns = catchUp.concerns.filter((c) => c.agreementId === agreementId);
  const teamName = (id: string) => teams.find((team) => team.id === id)?.name ?? "";
  return (
    <section aria-label={t("concerns")} className="space-y-2">
      <h4 className="font-semibold">{t("panelTitle")}</h4>
      <ul className="text-sm">
        {catchUp.teams.map((team) => (
          <li key={team.teamId} className="flex flex-wrap justify-between gap-x-2">
            <span className="wrap-anywhere">{teamName(team.teamId)}</span>
            <span className="shrink-0 whitespace-nowrap text-muted">{t("teamProgress", { joined: team.joined, started: team.started, finished: team.finished })}</span>
          </li>
        ))}
      </ul>
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
