"use client";

import { useT } from "@/lib/client/i18n";

export interface RankRow {
  id: string;
  label: string;
  /** A second line: the idea's group, or a group's number of ideas. */
  sub?: string;
  dots: number;
  /** Something of mine (my votes on it), said in words. */
  note?: string;
}

/** A ranked list with a bar per row, its length relative to the top row. */
export function RankingBars({ rows, size = "console", label }: { rows: readonly RankRow[]; size?: "phone" | "console" | "screen"; label: string }) {
  const t = useT("brainstorm");
  const max = Math.max(1, ...rows.map((r) => r.dots));
  const screen = size === "screen";
  const text = { phone: "text-lg", console: "text-base", screen: "text-[clamp(1.1rem,1.7vw,2.2rem)] leading-snug" }[size];
  const meta = screen ? "text-[clamp(0.85rem,1.1vw,1.4rem)]" : "text-sm";
  if (rows.length === 0) return <p className={`${meta} text-muted`}>{t("nothingToRank")}</p>;
  return (
    <ol aria-label={label} className={screen ? "space-y-[1.4vh]" : "space-y-3"}>
      {rows.map((row, i) => (
        <li key={row.id} className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-start gap-x-3">
          <span className={`${text} font-bold text-muted tabular-nums`}>{i + 1}.</span>
          <div className="min-w-0">
            <p className={`${text} font-semibold wrap-anywhere whitespace-pre-wrap`}>{row.label}</p>
            {row.sub || row.note ? (
              <p className={`${meta} text-muted`}>{[row.sub, row.note].filter(Boolean).join(" · ")}</p>
            ) : null}
            <div aria-hidden="true" className={`mt-1 ${screen ? "h-[1.8vh] min-h-3" : "h-3"} w-full overflow-hidden rounded-full bg-paper ring-1 ring-line`}>
              <div className="h-full rounded-full bg-brand" style={{ width: `${(100 * row.dots) / max}%` }} />
            </div>
          </div>
          <span className={`${text} font-bold tabular-nums`}>
            {row.dots}
            <span className="sr-only">{t("votesSr", { count: row.dots })}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
