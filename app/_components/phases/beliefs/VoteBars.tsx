import type { WorkshopState } from "@/lib/domain";
import { beliefResults } from "@/lib/domain/features/beliefs/results";
import { teamColor } from "../../shared/teamColor";
import { useT } from "@/lib/client/i18n";
import { useBeliefLabels } from "./labels";

/**
 * A bar per vote, split by the voters' teams: whether a belief about IT is held by Sales only or
 * by IT as well. Each bar's length is its share of the voters; every split is also written out,
 * so colour never carries it alone.
 */
export function VoteBars({ state, beliefId, size = "console" }: { state: WorkshopState; beliefId: string; size?: "console" | "screen" }) {
  const t = useT("beliefs");
  const { votes } = useBeliefLabels();
  const { totals, voters, byTeam } = beliefResults(state, beliefId);
  const screen = size === "screen";
  const text = screen ? "text-[clamp(0.95rem,1.35vw,1.7rem)]" : "text-sm";
  const barHeight = screen ? "h-[2.2vh] min-h-3" : "h-3";

  if (voters === 0) return <p className={`${text} text-muted`}>{t("noVotesYet")}</p>;
  return (
    <div className={screen ? "space-y-[0.8vh]" : "space-y-1.5"}>
      <p className={`${text} text-muted`}>
        {t("votes", { count: voters })}
      </p>
      <dl className={`grid grid-cols-[auto_minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 ${text}`}>
        {votes.map((v) => {
          const split = byTeam.filter((b) => b.counts[v.id] > 0);
          return (
            <div key={v.id} className="contents">
              <dt className="font-semibold">{v.label}</dt>
              <dd className="min-w-0">
                <div className={`flex ${barHeight} w-full overflow-hidden rounded-full bg-paper ring-1 ring-line`} aria-hidden="true">
                  {split.map((b) => (
                    <span
                      key={b.team.id}
                      className="h-full border-r-2 border-surface last:border-r-0"
                      style={{ width: `${(100 * b.counts[v.id]) / voters}%`, background: teamColor(state.teams, b.team.id) }}
                    />
                  ))}
                </div>
                {split.length > 0 ? (
                  <p className="mt-0.5 text-muted">{split.map((b) => `${b.team.name} ${b.counts[v.id]}`).join(" · ")}</p>
                ) : null}
              </dd>
              <dd className="text-right font-semibold tabular-nums">{totals[v.id]}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
