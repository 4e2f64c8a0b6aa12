"use client";

import { useEffect, useRef } from "react";
import { CardView } from "../cards/CardView";

/**
 * One team's cards on the wall. Nobody scrolls a projector, so when a card arrives the column
 * scrolls itself to show it.
 */
export function WallColumn({
  team,
  accent,
  cards,
}: {
  team: string;
  accent: string;
  cards: { id: string; text: string; author: string }[];
}) {
  const list = useRef<HTMLUListElement>(null);
  const newest = cards.at(-1)?.id;

  useEffect(() => {
    const el = list.current;
    if (el && newest) el.scrollTo({ top: el.scrollHeight, behavior: "smooth" });
  }, [newest]);

  return (
    <section aria-label={`${team} cards`} className="row-span-2 grid min-h-0 grid-rows-subgrid gap-[1.2vh]">
      <h3
        className="flex items-end justify-between gap-2 border-b-4 pb-1 text-[clamp(1.1rem,1.7vw,2.25rem)] leading-tight font-bold"
        style={{ borderColor: accent }}
      >
        <span className="min-w-0 break-words">{team}</span>
        <span className="font-normal text-muted tabular-nums">{cards.length}</span>
      </h3>
      <ul ref={list} className="min-h-0 space-y-[1.2vh] overflow-y-auto">
        {cards.map((card) => (
          <li key={card.id}>
            <CardView size="screen" text={card.text} author={card.author} accent={accent} />
          </li>
        ))}
      </ul>
    </section>
  );
}
