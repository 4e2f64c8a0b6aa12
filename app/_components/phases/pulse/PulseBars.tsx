"use client";

import { useT } from "@/lib/client/i18n";
import type { Distribution } from "@/lib/domain";
import { SCALE } from "./scale";

const SIZE = {
  screen: { row: "text-[clamp(1rem,1.6vw,2rem)] gap-[0.8vw]", bar: "h-[clamp(1.25rem,3.2vh,2.75rem)]", label: "w-[13vw]" },
  console: { row: "text-sm gap-2", bar: "h-4", label: "w-28" },
} as const;

/** How many gave each answer, as bars: one row per answer, so the labels stay readable. */
export function PulseBars({ distribution, size }: { distribution: Distribution; size: keyof typeof SIZE }) {
  const t = useT("pulse");
  const s = SIZE[size];
  const most = Math.max(1, ...distribution);
  return (
    <ul className="space-y-[0.6vh]">
      {SCALE.map((option, i) => {
        const count = distribution[i] ?? 0;
        return (
          <li key={option.value} className={`flex items-center ${s.row}`}>
            <span className={`${s.label} shrink-0 tabular-nums`}>
              <span className="font-bold">{option.value}</span> <span className="text-muted">{t(option.key)}</span>
            </span>
            <span className={`${s.bar} min-w-0 flex-1 overflow-hidden rounded bg-brand-soft`}>
              <span className="block h-full rounded bg-brand" style={{ width: `${(count / most) * 100}%` }} />
            </span>
            <span className="w-[2.5em] shrink-0 text-right font-semibold tabular-nums">{count}</span>
          </li>
        );
      })}
    </ul>
  );
}
