"use client";

import { useT } from "@/lib/client/i18n";
import type { WorkshopState } from "@/lib/domain";
import type { TeamStrengths } from "@/lib/domain/features/perspective/selectors";
import { CardView } from "../../cards/CardView";
import { teamColor } from "../../shared/teamColor";
import { useByline } from "../perspective/cardMeta";

/** The strengths by team, read-only: on a phone one team under the other, on the console in a grid. */
export function StrengthsList({ state, teams, size }: { state: WorkshopState; teams: TeamStrengths[]; size: "phone" | "console" }) {
  const t = useT("strengths");
  const byline = useByline();
  return (
    <div aria-live="polite" className={size === "phone" ? "space-y-6" : "grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-3"}>
      {teams.map(({ team, cards }) => (
        <section key={team.id} aria-label={t("strengthsOf", { team: team.name })} className="space-y-2">
          <h3
            className={`flex items-center gap-2 border-b-2 pb-1 font-bold ${size === "phone" ? "text-xl" : "text-base"}`}
            style={{ borderColor: teamColor(state.teams, team.id) }}
          >
            {team.name} <span className="font-normal text-muted tabular-nums">({cards.length})</span>
          </h3>
          {cards.length === 0 ? <p className="text-sm text-muted">{t("noneWritten")}</p> : null}
          <ul className="space-y-2">
            {cards.map((card) => (
              <li key={card.id}>
                <CardView size={size} text={card.text} {...byline(state, card)} accent={teamColor(state.teams, card.teamId)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
