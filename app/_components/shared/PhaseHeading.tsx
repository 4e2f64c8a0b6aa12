"use client";

import { useEffect, useRef } from "react";
import type { Phase } from "@/lib/domain";

/**
 * The current phase's title and prompt. Polite live region: when the facilitator moves on, a
 * screen reader announces the new phase without interrupting.
 */
export function PhaseHeading({
  phase,
  size = "phone",
}: {
  phase: Phase;
  size?: "phone" | "console" | "screen";
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A new phase unmounts what had focus (the button just pressed, the form just sent). Focus then
    // goes to the new phase's title, so a keyboard or screen-reader user carries on from there rather
    // than from the top of the page. Focus that survived the change (the console's Next) stays put.
    const active = document.activeElement;
    if (size !== "screen" && (active === null || active === document.body)) heading.current?.focus();
  }, [phase.id, size]);
  const title = { phone: "text-2xl", console: "text-2xl", screen: "text-[clamp(2rem,3.4vw,4rem)] leading-tight" }[size];
  const prompt = { phone: "text-lg", console: "text-lg", screen: "text-[clamp(1.1rem,1.9vw,2.25rem)]" }[size];
  return (
    <div aria-live="polite" aria-atomic="true" className={size === "screen" ? "space-y-[1vh]" : "space-y-2"}>
      <h2 ref={heading} tabIndex={-1} className={`${title} font-bold text-balance outline-none`}>{phase.title}</h2>
      {phase.prompt ? (
        <p className={`${prompt} text-muted text-pretty ${size === "screen" ? "max-w-[75vw]" : "max-w-prose"}`}>
          {phase.prompt}
        </p>
      ) : null}
    </div>
  );
}
