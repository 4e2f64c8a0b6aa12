"use client";

import { useEffect, useRef } from "react";
import type { Phase, PhaseKind } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import type { Messages } from "@/lib/i18n";
import { button, panel } from "../shared/ui";
import { AgendaEditor, type AgendaEditing } from "./agenda/AgendaEditor";

/** A short tag per kind, read at a glance beside the phase's own title. */
const TAG = {
  lobby: "tagLobby",
  info: "tagInfo",
  pulse: "tagPulse",
  cards: "tagCards",
  perspective: "tagPerspective",
  mirror: "tagMirror",
  beliefs: "tagBeliefs",
  strengths: "tagStrengths",
  brainstorm: "tagBrainstorm",
  agreements: "tagAgreements",
  "carry-over": "tagCarryOver",
} as const satisfies Record<PhaseKind, keyof Messages["agenda"]>;

/** The agenda: where the room is, Back and Next, and a jump to any phase. */
export function AgendaPanel({
  agenda,
  currentPhaseId,
  disabled = false,
  onGoto,
  edit,
}: {
  agenda: readonly Phase[];
  currentPhaseId: string;
  /** After the end: the agenda stays readable, the room no longer moves. */
  disabled?: boolean;
  onGoto: (phaseId: string) => void;
  /** The facilitator's agenda editor, where the console can send commands and hear back. */
  edit?: AgendaEditing;
}) {
  const t = useT("agenda");
  const index = agenda.findIndex((p) => p.id === currentPhaseId);
  const prev = agenda[index - 1];
  const next = agenda[index + 1];
  const list = useRef<HTMLOListElement>(null);

  // On a laptop the list scrolls inside the panel (a long agenda is taller than the screen):
  // keep the room's current phase in sight there, without ever scrolling the page itself.
  useEffect(() => {
    const box = list.current;
    const item = box?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!box || !item || box.scrollHeight <= box.clientHeight) return;
    if (item.offsetTop < box.scrollTop) box.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = item.offsetTop + item.offsetHeight - box.clientHeight;
    }
  }, [currentPhaseId]);

  return (
    <nav
      aria-labelledby="agenda-heading"
      className={`${panel} space-y-3 lg:flex lg:max-h-[calc(100dvh-2.5rem)] lg:flex-col lg:space-y-0 lg:gap-3`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="agenda-heading" className="text-lg font-bold">
          {t("panelHeading")}
        </h2>
        <span className="text-sm text-muted">{t("phaseOf", { n: index + 1, total: agenda.length })}</span>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <button type="button" className={button.secondary} disabled={disabled || !prev} onClick={() => prev && onGoto(prev.id)}>
          <span aria-hidden="true">←</span> {t("back")}
        </button>
        <button type="button" className={button.primary} disabled={disabled || !next} onClick={() => next && onGoto(next.id)}>
          {t("next")} <span aria-hidden="true">→</span>
        </button>
      </div>
      {edit ? <AgendaEditor {...edit} /> : null}
      <ol tabIndex={0} ref={list} className="relative space-y-1 lg:-m-1 lg:min-h-0 lg:overflow-y-auto lg:p-1">
        {agenda.map((phase, i) => {
          const current = phase.id === currentPhaseId;
          return (
            <li key={phase.id}>
              <button
                type="button"
                aria-current={current ? "step" : undefined}
                disabled={disabled}
                onClick={() => onGoto(phase.id)}
                className={`flex min-h-11 w-full items-center gap-2.5 rounded-lg px-2.5 py-1.5 text-left ${
                  current ? "bg-brand font-semibold text-white" : "enabled:hover:bg-brand-soft"
                }`}
              >
                <span className={`w-6 shrink-0 text-right tabular-nums ${current ? "" : "text-muted"}`}>{i + 1}</span>
                {/* Title and tag wrap as a pair: a long title keeps the whole width and its tag goes
                    under it (right-aligned) instead of squeezing the title into the tag. */}
                <span className="flex min-w-0 flex-1 flex-wrap items-center justify-between gap-x-2 gap-y-0.5">
                  <span className="min-w-0 leading-snug wrap-anywhere">{phase.title}</span>
                  {/* Slides are most of the agenda: only the phases where phones do something get a tag. */}
                  {phase.kind === "info" ? (
                    <span className="sr-only">{t(TAG[phase.kind])}</span>
                  ) : (
                    <span
                      className={`ml-auto shrink-0 rounded px-1.5 text-xs font-semibold tracking-wide uppercase ${
                        current ? "bg-white/15 text-white" : "bg-brand-soft text-brand"
                      }`}
                    >
                      {t(TAG[phase.kind])}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
