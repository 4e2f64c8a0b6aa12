"use client";

import { useEffect, useRef, useState } from "react";
import type { WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { button } from "../../shared/ui";
import { AddPhaseForm } from "./AddPhaseForm";
import { PhaseForm } from "./PhaseForm";
import { PhaseList } from "./PhaseList";
import { SaveTemplateButton } from "./SaveTemplateButton";
import { TeamsForm } from "./TeamsForm";
import { useEdits, type SendCommand } from "./useEdits";
import { WorkshopLanguage } from "./WorkshopLanguage";

export interface AgendaEditing {
  state: WorkshopState;
  code: string;
  /** The facilitator's key, for the template download. */
  token: string | null | undefined;
  command: SendCommand;
}

/**
 * "Edit agenda": a modal dialog over the console (room for the forms at 1280x800, Escape closes
 * it, focus stays inside). Every change is a command; the room sees it at once.
 */
export function AgendaEditor({ state, code, token, command }: AgendaEditing) {
  const t = useT("agenda");
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState(state.currentPhaseId);
  const edits = useEdits(command);
  const phase = state.agenda.find((p) => p.id === selected) ?? state.agenda[0]!;

  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    if (open && !box.open) box.showModal();
    if (!open && box.open) box.close();
  }, [open]);

  return (
    <>
      <button type="button" className={`${button.secondary} w-full`} disabled={state.endedAt !== null} onClick={() => setOpen(true)}>
        {t("edit")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="agenda-editor-heading"
        onClose={() => setOpen(false)}
        className="m-auto max-h-[92dvh] w-[min(64rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl bg-surface p-0 text-ink backdrop:bg-black/50"
      >
        {open ? (
          <div className="space-y-4 p-5">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <div>
                <h2 id="agenda-editor-heading" className="text-xl font-bold">
                  {t("heading")}
                </h2>
                <p className="text-sm text-muted">{t("intro")}</p>
              </div>
              <button type="button" className={button.primary} onClick={() => setOpen(false)}>
                {t("close")}
              </button>
            </div>
            <div className="grid gap-5 md:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
              <PhaseList state={state} selected={phase.id} onSelect={setSelected} edits={edits} />
              <div className="space-y-5">
                <PhaseForm key={`${phase.id}:${phase.title}:${phase.prompt}:${phase.timeboxMinutes}`} phase={phase} edits={edits} />
                <hr className="border-line" />
                <AddPhaseForm state={state} after={phase.id} edits={edits} onAdded={setSelected} />
                <hr className="border-line" />
                <TeamsForm state={state} edits={edits} />
                <hr className="border-line" />
                <div className="grid gap-5 lg:grid-cols-2">
                  <WorkshopLanguage state={state} edits={edits} />
                  {token ? <SaveTemplateButton code={code} token={token} /> : null}
                </div>
              </div>
            </div>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
