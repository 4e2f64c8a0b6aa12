"use client";

import { useLanguage, useT } from "@/lib/client/i18n";
import { useDraft } from "@/lib/client/useDraft";
import { CATCHUP_LIMITS } from "@/lib/domain/features/catchup/schemas";
import { formatDate } from "@/lib/i18n/format";
import { field } from "../shared/ui";
import { SendButton } from "./SendButton";
import { restoreAgreements, type AgreementsDraft } from "./stepDrafts";
import { teamName, type StepProps } from "./stepProps";

const NONE: AgreementsDraft = {};

/** The agreements: for each, "I'm in" or a concern that the owner reads. */
export function AgreementsStep({ view, teams, busy, draftKey, onSend }: StepProps<"agreements">) {
  const t = useT("catchup");
  const lang = useLanguage();
  const [answers, setAnswers] = useDraft(draftKey, NONE, (stored) => restoreAgreements(stored, view.agreements.map((a) => a.id)));
  const complete = view.agreements.every((a) => {
    const x = answers[a.id];
    return x && (x.answer === "in" || x.text.trim());
  });
  const choice = "min-h-12 rounded-lg border-2 border-line px-2 font-semibold aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white";
  return (
    <div className="space-y-6">
      <p>{view.agreements.length ? t("agreementsHint") : t("noAgreements")}</p>
      {view.agreements.map((a) => {
        const x = answers[a.id];
        return (
          <fieldset key={a.id} className="space-y-2 rounded-xl border border-line p-3">
            <legend className="sr-only">{a.what}</legend>
            <p className="font-semibold wrap-anywhere">{a.what}</p>
            <p className="text-sm text-muted wrap-anywhere">{t("owner", { name: a.ownerName, team: teamName(teams, a.ownerTeamId) })}</p>
            <p className="text-sm text-muted">{t("due", { date: formatDate(lang, a.dueDate, { dateStyle: "medium" }) })}</p>
            <div className="grid grid-cols-2 gap-1">
              <button type="button" aria-pressed={x?.answer === "in"} onClick={() => setAnswers({ ...answers, [a.id]: { answer: "in" } })} className={choice}>
                {t("imIn")}
              </button>
              <button
                type="button"
                aria-pressed={x?.answer === "concern"}
                onClick={() => setAnswers({ ...answers, [a.id]: { answer: "concern", text: x?.answer === "concern" ? x.text : "" } })}
                className={choice}
              >
                {t("concern")}
              </button>
            </div>
            {x?.answer === "concern" ? (
              <textarea
                aria-label={t("concernLabel")}
                placeholder={t("concernLabel")}
                value={x.text}
                maxLength={CATCHUP_LIMITS.concern}
                rows={3}
                onChange={(e) => setAnswers({ ...answers, [a.id]: { answer: "concern", text: e.target.value } })}
                className={field}
              />
            ) : null}
          </fieldset>
        );
      })}
      <SendButton busy={busy} disabled={!complete} onClick={() => onSend({ kind: "agreements", responses: answers })} />
    </div>
  );
}
