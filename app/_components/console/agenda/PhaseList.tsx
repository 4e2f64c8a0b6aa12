"use client";

import type { WorkshopState } from "@/lib/domain";
import { LIMITS } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { button } from "../../shared/ui";
import { FieldError } from "./FieldError";
import { KIND_KEY } from "./kindNames";
import type { Edits } from "./useEdits";

/** Every phase with its own buttons: choose it to edit, move it up or down, remove it. */
export function PhaseList({
  state,
  selected,
  onSelect,
  edits,
}: {
  state: WorkshopState;
  selected: string;
  onSelect: (phaseId: string) => void;
  edits: Edits;
}) {
  const t = useT("agenda");
  const { agenda } = state;
  const move = (phaseId: string, toIndex: number) => void edits.run(`move:${phaseId}`, { type: "agenda.movePhase", phaseId, toIndex });
  return (
    <section aria-labelledby="agenda-phases-heading" className="space-y-2">
      <div className="flex items-baseline justify-between gap-2">
        <h3 id="agenda-phases-heading" className="font-bold">
          {t("phasesHeading")}
        </h3>
        <span className="shrink-0 text-sm whitespace-nowrap text-muted">{t("phaseCount", { count: agenda.length, max: LIMITS.phases })}</span>
      </div>
      <ol className="space-y-1">
        {agenda.map((phase, i) => {
          const lobby = i === 0;
          const current = phase.id === state.currentPhaseId;
          const error = edits.errors[`move:${phase.id}`] ?? edits.errors[`remove:${phase.id}`];
          return (
            <li key={phase.id} className={`rounded-lg border-2 p-1 ${phase.id === selected ? "border-brand" : "border-transparent"}`}>
              <div className="flex items-center gap-1">
                <button
                  type="button"
                  onClick={() => onSelect(phase.id)}
                  aria-pressed={phase.id === selected}
                  aria-label={t("select", { title: phase.title })}
                  className="flex min-h-11 min-w-0 flex-1 items-center gap-2 rounded-md px-2 text-left hover:bg-brand-soft"
                >
                  <span className="w-5 shrink-0 text-right text-muted tabular-nums">{i + 1}</span>
                  <span className="min-w-0 flex-1 leading-snug wrap-anywhere">
                    {phase.title}
                    <span className="block text-xs text-muted">
                      {t(KIND_KEY[phase.kind])}
                      {current ? ` · ${t("now")}` : ""}
                    </span>
                  </span>
                </button>
                {lobby ? null : (
                  <>
                    <button
                      type="button"
                      className={`${button.quiet} w-11 shrink-0 px-0`}
                      disabled={i <= 1}
                      onClick={() => move(phase.id, i - 1)}
                      aria-label={t("moveUp", { title: phase.title })}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      className={`${button.quiet} w-11 shrink-0 px-0`}
                      disabled={i === agenda.length - 1}
                      onClick={() => move(phase.id, i + 1)}
                      aria-label={t("moveDown", { title: phase.title })}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button
                      type="button"
                      className={`${button.quiet} w-11 shrink-0 px-0 text-xl`}
                      disabled={current}
                      onClick={() => void edits.run(`remove:${phase.id}`, { type: "agenda.removePhase", phaseId: phase.id })}
                      aria-label={t("remove", { title: phase.title })}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </>
                )}
              </div>
              <FieldError id={`phase-error-${phase.id}`} message={error} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
