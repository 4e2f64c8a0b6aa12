"use client";

import type { ReactNode } from "react";
import { useT } from "@/lib/client/i18n";

export type CardSize = "phone" | "console" | "screen";

/**
 * How a card looks everywhere: its text as plain text (never HTML), who wrote it and for which
 * team, an optional status ("Sending…", "hidden"), and room for the viewer's own actions.
 */
export function CardView({
  text,
  author,
  team,
  accent,
  status,
  dimmed = false,
  merged = 0,
  size = "phone",
  children,
}: {
  text: string;
  author: string;
  /** Left out where the column already names the team (the room screen). */
  team?: string;
  accent: string;
  status?: string;
  dimmed?: boolean;
  /** Duplicates the facilitator folded into this card. */
  merged?: number;
  size?: CardSize;
  children?: ReactNode;
}) {
  const t = useT("common");
  const textSize = { phone: "text-lg", console: "text-base", screen: "text-[clamp(1.1rem,1.55vw,2rem)] leading-snug" }[size];
  const metaSize = size === "screen" ? "text-[clamp(0.85rem,1.1vw,1.4rem)]" : "text-sm";
  return (
    <article
      data-testid="card"
      data-status={status}
      className={`rounded-lg border border-line border-l-[6px] shadow-sm ${size === "screen" ? "px-[0.9vw] py-[1.2vh]" : "p-3"} ${
        dimmed ? "border-dashed bg-paper" : "bg-surface"
      }`}
      style={{ borderLeftColor: accent }}
    >
      <p className={`${textSize} wrap-anywhere whitespace-pre-wrap ${dimmed ? "text-muted" : ""}`}>
        {text}
      </p>
      <div className={`mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 ${metaSize} text-muted`}>
        <span className="font-semibold text-ink">{author}</span>
        {team ? (
          <>
            <span aria-hidden="true">·</span>
            <span>{team}</span>
          </>
        ) : null}
        {merged > 0 ? (
          <span className="rounded-full bg-brand-soft px-2 py-0.5 font-semibold text-brand-strong">
            {t("merged", { count: merged })}
          </span>
        ) : null}
        {status ? (
          <span className="ml-auto rounded-full bg-warn-soft px-2 py-0.5 font-semibold text-warn-ink">{status}</span>
        ) : null}
      </div>
      {children ? <div className="mt-2 flex flex-wrap gap-2">{children}</div> : null}
    </article>
  );
}
