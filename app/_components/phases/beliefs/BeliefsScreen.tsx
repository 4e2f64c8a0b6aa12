"use client";

import { useEffect, useRef } from "react";
import type { Belief, WorkshopState } from "@/lib/domain";
import { beliefsOf } from "@/lib/domain/features/beliefs/select";
import { useT } from "@/lib/client/i18n";
import type { ScreenPhaseProps } from "../types";
import { BeliefHeader } from "./BeliefHeader";
import { Replies } from "./Replies";
import { VoteBars } from "./VoteBars";

/**
 * "Us and them" on the projector. The spotlit belief fills the screen; otherwise every belief is
 * on the wall, the newest scrolled into view (nobody scrolls a projector). Never an author.
 */
export function BeliefsScreen({ state, phase }: ScreenPhaseProps<"beliefs">) {
  const t = useT("beliefs");
  const beliefs = beliefsOf(state, phase.id);
  const spotlit = state.spotlight?.kind === "belief" ? beliefs.find((b) => b.id === state.spotlight?.id) : undefined;
  const list = useRef<HTMLUListElement>(null);
  const newest = beliefs.at(-1)?.id;

  useEffect(() => {
    const el = list.current;
    if (el && newest) el.scrollTo({ top: el.scrollHeight, behavior: "smooth" });
  }, [newest]);

  if (spotlit) {
    return (
      <section aria-live="polite" aria-label={t("inSpotlight")} className="grid min-h-0 flex-1 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-[3vw]">
        <div tabIndex={0} className="min-h-0 space-y-[2vh] overflow-y-auto">
          <BeliefHeader state={state} belief={spotlit} large />
          <p className="text-[clamp(2rem,4vw,5rem)] leading-tight font-bold wrap-anywhere whitespace-pre-wrap">“{spotlit.text}”</p>
          <Replies state={state} replies={spotlit.replies} size="screen" />
        </div>
        <div className="min-h-0 self-center">
          <VoteBars state={state} beliefId={spotlit.id} size="screen" />
        </div>
      </section>
    );
  }

  if (beliefs.length === 0) {
    return (
      <p className="grid flex-1 place-items-center text-[clamp(1.25rem,2.2vw,2.75rem)] text-muted">
        {t("screenEmpty")}
      </p>
    );
  }

  return (
    <ul
      ref={list}
      aria-live="polite"
      aria-label={t("beliefs")}
      tabIndex={0}
      className="grid min-h-0 flex-1 auto-rows-min grid-cols-2 gap-[1.5vw] overflow-y-auto"
    >
      {beliefs.map((belief) => (
        <li key={belief.id}>
          <WallBelief state={state} belief={belief} />
        </li>
      ))}
    </ul>
  );
}

function WallBelief({ state, belief }: { state: WorkshopState; belief: Belief }) {
  return (
    <article className="space-y-[1.2vh] rounded-xl border border-line bg-surface px-[1.2vw] py-[1.6vh] shadow-sm">
      <BeliefHeader state={state} belief={belief} large />
      <p className="text-[clamp(1.3rem,2.1vw,2.8rem)] leading-snug font-semibold wrap-anywhere whitespace-pre-wrap">“{belief.text}”</p>
      <Replies state={state} replies={belief.replies} size="screen" />
      <VoteBars state={state} beliefId={belief.id} size="screen" />
    </article>
  );
}
