"use client";

import { useEffect, useRef } from "react";
import { useT } from "@/lib/client/i18n";
import { CardView } from "../cards/CardView";

export interface WallCard {
  id: string;
  text: string;
  author: string;
  merged?: number;
  /** The order of posting: the newest card is the one scrolled to (else the last one). */
  seq?: number;
  /** Set where the column is not a team's own (phases with columns). */
  team?: string;
  accent?: string;
}

/**
 * One column of cards on the wall: a team's, or one of the phase's columns. Nobody scrolls a
 * projector, so when a card arrives the column scrolls itself to show it.
 */
export function WallColumn({
  team: title,
  accent,
  cards,
}: {
  /** The column's title: a team's name, a column of the phase, a group of ideas. */
  team: string;
  accent: string;
  cards: WallCard[];
}) {
  const t = useT("screen");
  const list = useRef<HTMLUListElement>(null);
  const newest = cards.reduce<WallCard | null>((a, c) => (a && (a.seq ?? 0) > (c.seq ?? 0) ? a : c), null)?.id;

  useEffect(() => {
    const el = list.current;
    const item = newest ? el?.querySelector<HTMLElement>(`[data-card="${CSS.escape(newest)}"]`) : null;
    if (!el || !item) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    // The list is the scroller; its items' offsets are measured from it (it is `relative`).
    el.scrollTo({ top: item.offsetTop + item.offsetHeight - el.clientHeight, behavior: still ? "auto" : "smooth" });
  }, [newest]);

  return (
    <section aria-label={t("columnCards", { title })} className="row-span-2 grid min-h-0 grid-rows-subgrid gap-[1.2vh]">
      <h3
        className="flex items-end justify-between gap-2 border-b-4 pb-1 text-[clamp(1.1rem,1.7vw,2.25rem)] leading-tight font-bold"
        style={{ borderColor: accent }}
      >
        <span className="min-w-0 wrap-anywhere">{title}</span>
        <span className="shrink-0 font-normal text-muted tabular-nums">{cards.length}</span>
      </h3>
      <ul tabIndex={0} ref={list} className="relative min-h-0 space-y-[1.2vh] overflow-y-auto">
        {cards.map((card) => (
          // A card out of the column's view is neither laid out nor painted, only sized (its last
          // size once drawn): with 2,000 cards on the wall, each wave laid out all of them anew.
          <li key={card.id} data-card={card.id} className="[contain-intrinsic-size:auto_6rem] [content-visibility:auto]">
            <CardView
              size="screen"
              text={card.text}
              author={card.author}
              team={card.team}
              accent={card.accent ?? accent}
              merged={card.merged}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
