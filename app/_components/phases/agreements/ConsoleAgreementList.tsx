"use client";

import { useState } from "react";
import type { CommandInput, WorkshopState } from "@/lib/domain";
import { agreementsOf, endorsementCount } from "@/lib/domain/features/agreements/selectors";
import { button } from "../../shared/ui";
import { AgreementCard } from "./AgreementCard";
import { useT } from "@/lib/client/i18n";
import type { PendingAgreementWork } from "./pending";

const small = "min-h-9 px-3 py-1 text-sm";

/** The phase's agreements on the console: who is in, and Edit, Delete and Spotlight for each. */
export function ConsoleAgreementList({
  state,
  phaseId,
  work,
  editingId,
  heading,
  onEdit,
  send,
}: {
  state: WorkshopState;
  phaseId: string;
  work: PendingAgreementWork;
  editingId: string | null;
  heading: string;
  onEdit: (agreementId: string) => void;
  send: (command: CommandInput) => void;
}) {
  const t = useT("agreements");
  const [confirming, setConfirming] = useState<string | null>(null);
  const agreements = agreementsOf(state, phaseId);

  return (
    <section aria-labelledby="agreement-list-heading" className="space-y-3">
      <h3 id="agreement-list-heading" className="text-lg font-bold">
        {heading} <span className="font-normal text-muted">({agreements.length})</span>
      </h3>
      {agreements.length === 0 && work.created === 0 ? <p className="text-muted">{t("noneYet")}</p> : null}
      <ul aria-live="polite" className="space-y-3">
        {agreements.map((agreement) => {
          const deleting = work.deleted.has(agreement.id);
          const spotlit = state.spotlight?.kind === "agreement" && state.spotlight.id === agreement.id;
          const status = deleting
            ? t("deleting")
            : work.updated.has(agreement.id)
              ? t("saving")
              : editingId === agreement.id
                ? t("editingStatus")
                : spotlit
                  ? t("onScreen")
                  : undefined;
          return (
            <li key={agreement.id}>
              <AgreementCard state={state} agreement={agreement} size="console" status={status} highlighted={spotlit}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="mr-auto font-semibold text-brand tabular-nums">{t("peopleIn", { count: endorsementCount(state, agreement) })}</span>
                  {deleting ? null : confirming === agreement.id ? (
                    <div role="group" aria-label={t("confirmDelete")} className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold">{t("deleteQuestion")}</span>
                      <button
                        type="button"
                        className={`${button.danger} ${small}`}
                        onClick={() => {
                          setConfirming(null);
                          send({ type: "agreement.delete", agreementId: agreement.id });
                        }}
                      >
                        {t("deleteIt")}
                      </button>
                      <button type="button" className={`${button.secondary} ${small}`} onClick={() => setConfirming(null)} autoFocus>
                        {t("keepIt")}
                      </button>
                    </div>
                  ) : (
                    <>
                      <button
                        type="button"
                        aria-pressed={spotlit}
                        className={`${button.secondary} ${small}`}
                        onClick={() => send({ type: "spotlight.set", ref: spotlit ? null : { kind: "agreement", id: agreement.id } })}
                      >
                        {spotlit ? t("endSpotlight") : t("spotlight")}
                      </button>
                      <button type="button" className={`${button.secondary} ${small}`} onClick={() => onEdit(agreement.id)}>
                        {t("edit")}
                      </button>
                      <button type="button" className={`${button.quiet} ${small}`} onClick={() => setConfirming(agreement.id)}>
                        {t("delete")}
                      </button>
                    </>
                  )}
                </div>
              </AgreementCard>
            </li>
          );
        })}
        {work.created > 0 ? (
          <li role="status" className="rounded-xl border-2 border-dashed border-line bg-paper p-3 text-muted">
            {t("sendingNew", { count: work.created })}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
