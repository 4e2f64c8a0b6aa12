"use client";

import { useLanguage, useT } from "@/lib/client/i18n";
import type { WorkshopState } from "@/lib/domain";
import type { Shift, TeamPulse } from "@/lib/domain/features/pulse/summary";
import { teamColor } from "../../shared/teamColor";
import { describeChange, formatChange, formatMean } from "./scale";

const SIZE = {
  screen: { table: "text-[clamp(1rem,1.6vw,2rem)]", cell: "py-[0.5vh] pr-[1vw]" },
  console: { table: "text-sm", cell: "py-1 pr-3" },
} as const;

/** Before → after, with the change in words for those who do not read arrows or colours. */
export function ShiftText({ shift }: { shift: Shift }) {
  const t = useT("pulse");
  const lang = useLanguage();
  const up = shift.change !== null && Math.round(shift.change * 10) > 0;
  const down = shift.change !== null && Math.round(shift.change * 10) < 0;
  return (
    <span className="whitespace-nowrap tabular-nums">
      {formatMean(shift.before, lang)} → {formatMean(shift.after, lang)}{" "}
      {shift.change !== null ? (
        <span className={`font-bold ${up ? "text-ok" : down ? "text-danger" : "text-muted"}`}>
          <span aria-hidden="true">{formatChange(shift.change, lang)}</span>
          <span className="sr-only">{describeChange(shift.change, t)}</span>
        </span>
      ) : null}
    </span>
  );
}

/** Per team: the mean and how many answered, and on a check-out the shift since the check-in. */
export function TeamMeans({ state, teams, size }: { state: WorkshopState; teams: TeamPulse[]; size: keyof typeof SIZE }) {
  const t = useT("pulse");
  const lang = useLanguage();
  const s = SIZE[size];
  const shifts = teams.some((t) => t.shift !== null);
  const shown = teams.filter((t) => t.stats.count > 0 || (t.shift?.before ?? null) !== null);
  if (shown.length === 0) return <p className={`${s.table} text-muted`}>{t("noAnswers")}</p>;
  return (
    <table className={`w-full ${s.table}`}>
      <thead className="text-left text-muted">
        <tr>
          <th scope="col" className={`${s.cell} font-semibold`}>{t("team")}</th>
          <th scope="col" className={`${s.cell} font-semibold`}>{shifts ? t("now") : t("averageTitle")}</th>
          {shifts ? <th scope="col" className={`${s.cell} font-semibold`}>{t("checkInToNow")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {shown.map(({ team, stats, shift }) => (
          <tr key={team.id} className="border-t border-line">
            <th scope="row" className={`${s.cell} text-left font-semibold`}>
              <span className="flex items-center gap-2">
                <span aria-hidden="true" className="size-[0.7em] shrink-0 rounded-full" style={{ background: teamColor(state.teams, team.id) }} />
                <span className="min-w-0 wrap-anywhere">{team.name}</span>
              </span>
            </th>
            <td className={`${s.cell} whitespace-nowrap tabular-nums`}>
              <span className="font-bold">{formatMean(stats.mean, lang)}</span>{" "}
              <span className="text-muted">({stats.count})</span>
            </td>
            {shifts ? <td className={s.cell}>{shift ? <ShiftText shift={shift} /> : null}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
