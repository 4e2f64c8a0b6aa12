"use client";

import type { Phase, PhaseKind } from "@/lib/domain";
import { button, panel } from "../shared/ui";

const KIND: Record<PhaseKind, string> = {
  lobby: "Lobby",
  info: "Slide",
  pulse: "Pulse",
  cards: "Cards",
  perspective: "Shoes",
  mirror: "Mirror",
  beliefs: "Beliefs",
  strengths: "Strengths",
  brainstorm: "Ideas",
  agreements: "Agree",
  "carry-over": "Agree",
};

/** The agenda: where the room is, Back and Next, and a jump to any phase. */
export function AgendaPanel({
  agenda,
  currentPhaseId,
  disabled = false,
  onGoto,
}: {
  agenda: readonly Phase[];
  currentPhaseId: string;
  /** After the end: the agenda stays readable, the room no longer moves. */
  disabled?: boolean;
  onGoto: (phaseId: string) => void;
}) {
  const index = agenda.findIndex((p) => p.id === currentPhaseId);
  const prev = agenda[index - 1];
  const next = agenda[index + 1];

  return (
    <nav aria-labelledby="agenda-heading" className={`${panel} space-y-3`}>
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="agenda-heading" className="text-lg font-bold">
          Agenda
        </h2>
        <span className="text-sm text-muted">
          Phase {index + 1} of {agenda.length}
        </span>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <button type="button" className={button.secondary} disabled={disabled || !prev} onClick={() => prev && onGoto(prev.id)}>
          <span aria-hidden="true">←</span> Back
        </button>
        <button type="button" className={button.primary} disabled={disabled || !next} onClick={() => next && onGoto(next.id)}>
          Next <span aria-hidden="true">→</span>
        </button>
      </div>
      <ol className="space-y-1">
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
                <span className={`w-5 shrink-0 text-right tabular-nums ${current ? "" : "text-muted"}`}>{i + 1}</span>
                <span className="min-w-0 flex-1 leading-snug">{phase.title}</span>
                {/* Slides are most of the agenda: only the phases where phones do something get a tag. */}
                {phase.kind === "info" ? (
                  <span className="sr-only">{KIND[phase.kind]}</span>
                ) : (
                  <span
                    className={`rounded px-1.5 text-xs font-semibold tracking-wide uppercase ${
                      current ? "bg-white/15 text-white" : "bg-brand-soft text-brand"
                    }`}
                  >
                    {KIND[phase.kind]}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
