"use client";

import { useEffect, useState } from "react";
import { useT } from "@/lib/client/i18n";
import { button } from "../shared/ui";
import { COMPOSER_ID } from "./CardComposer";

/**
 * "Write a card", kept at the bottom of the screen once the composer is more than a screen
 * behind: deep in a kick-off's 2,000 cards, the way back to it is a hundred flicks. It brings the
 * composer into view and puts the cursor in it. Goes at the end of the list it floats over (it
 * sticks to the screen's bottom while the list is on screen).
 */
export function BackToComposer() {
  const t = useT("phone");
  const [away, setAway] = useState(false);
  useEffect(() => {
    const check = () => {
      const composer = document.getElementById(COMPOSER_ID);
      setAway(composer !== null && composer.getBoundingClientRect().bottom < -window.innerHeight);
    };
    check();
    window.addEventListener("scroll", check, { passive: true });
    return () => window.removeEventListener("scroll", check);
  }, []);
  if (!away) return null;

  const back = () => {
    const composer = document.getElementById(COMPOSER_ID);
    // At once, not smoothly: a smooth scroll across thousands of cards is long, and it stops short
    // if the list corrects the page's height for rows measured on the way (a run of the e2e test
    // on a loaded machine was left mid-wall).
    composer?.scrollIntoView({ block: "center" });
    composer?.querySelector("textarea")?.focus({ preventScroll: true });
  };
  return (
    <div className="pointer-events-none sticky bottom-4 z-10 flex justify-end">
      <button type="button" onClick={back} className={`${button.primary} pointer-events-auto px-5 shadow-lg`}>
        <span aria-hidden="true">↑</span> {t("writeACard")}
      </button>
    </div>
  );
}
