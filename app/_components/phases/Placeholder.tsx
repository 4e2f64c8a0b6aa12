"use client";

import { useT } from "@/lib/client/i18n";
import type { PhaseKind } from "@/lib/domain";
import type { PhaseViews } from "./types";

function SlideNote() {
  const t = useT("common");
  return <p className="text-muted">{t("slideOnly")}</p>;
}

/** Stands in for a phase kind whose views are being built: the prompt, as a slide. */
export function placeholderViews<K extends PhaseKind>(): PhaseViews<K> {
  return {
    Phone: ({ phase }) => <p className="text-lg text-muted">{phase.prompt}</p>,
    Screen: () => null,
    Console: () => <SlideNote />,
  };
}
