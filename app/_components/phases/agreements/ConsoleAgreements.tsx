"use client";

import { useT } from "@/lib/client/i18n";
import { draftFromIdea, draftOf, EMPTY_DRAFT, validateDraft, type DraftField } from "@/lib/domain/features/agreements/form";
import type { PhaseOf } from "@/lib/domain";
import type { ConsolePhaseProps } from "../types";
import { AgreementForm } from "./AgreementForm";
import { ConsoleAgreementList } from "./ConsoleAgreementList";
import { useAgreementCopy, type AgreementPhaseKind } from "./copy";
import { IdeaPicker } from "./IdeaPicker";
import { pendingAgreementWork } from "./pending";
import { FRESH_FORM, isEmpty, sameDraft, useAgreementForm, type AgreementFormState } from "./useAgreementForm";

/**
 * The facilitator makes the agreements with the room: from a top idea or from scratch, checked
 * field by field before sending, then listed with who is in.
 */
export function ConsoleAgreements<K extends AgreementPhaseKind>({ state, pending, send, phase: ofKind }: ConsolePhaseProps<K>) {
  // Generic so one component serves both kinds; inside, either kind will do.
  const phase: PhaseOf<AgreementPhaseKind> = ofKind;
  const t = useT("agreements");
  const copy = useAgreementCopy(phase.kind);
  const [form, setForm] = useAgreementForm(`${state.code}:${phase.id}`, state);
  const work = pendingAgreementWork(pending, phase.id);
  const sourcePhaseId = phase.kind === "agreements" ? phase.options.sourcePhaseId : null;

  const editing = form.editingId !== null ? state.agreements[form.editingId] : undefined;
  const busy = form.sent !== null && (form.sent.agreementId === null ? work.created > 0 : work.updated.has(form.sent.agreementId));
  const checked = validateDraft(form.draft);
  const errors = form.tried && !checked.ok ? checked.errors : {};
  const fromIdea = form.fromCardId ? (state.cards[form.fromCardId]?.text ?? null) : null;

  /** Replacing what was typed loses it: ask first. What was only prefilled can go without asking. */
  function replace(next: AgreementFormState) {
    const prefilled = editing ? draftOf(editing) : fromIdea !== null ? draftFromIdea(fromIdea) : EMPTY_DRAFT;
    if (!sameDraft(form.draft, prefilled) && !window.confirm(t("replaceConfirm"))) return;
    setForm(next);
  }

  function submit(): DraftField[] {
    if (!checked.ok) {
      setForm({ ...form, tried: true });
      return Object.keys(checked.errors) as DraftField[];
    }
    const { fields } = checked;
    if (editing) send({ type: "agreement.update", agreementId: editing.id, fields });
    else send({ type: "agreement.create", phaseId: phase.id, fromCardId: form.fromCardId, fields });
    setForm({
      ...form,
      tried: true,
      sent: { phaseId: phase.id, agreementId: editing?.id ?? null, fromCardId: form.fromCardId, fields, afterSeq: state.seq },
    });
    return [];
  }

  return (
    <div className="space-y-6">
      {sourcePhaseId ? (
        <IdeaPicker
          state={state}
          sourcePhaseId={sourcePhaseId}
          selectedCardId={form.editingId === null ? form.fromCardId : null}
          onPick={(cardId, text) => replace({ ...FRESH_FORM, draft: draftFromIdea(text), fromCardId: cardId })}
        />
      ) : null}
      <div className="rounded-xl border-2 border-brand/30 bg-paper p-4">
        <AgreementForm
          copy={copy}
          teams={state.teams}
          draft={form.draft}
          errors={errors}
          editing={editing !== undefined}
          fromIdea={fromIdea}
          busy={busy}
          onChange={(draft) => setForm({ ...form, draft })}
          onSubmit={submit}
          onCancel={editing || !isEmpty(form.draft) || form.fromCardId ? () => setForm(FRESH_FORM) : null}
        />
      </div>
      <ConsoleAgreementList
        state={state}
        phaseId={phase.id}
        work={work}
        editingId={form.editingId}
        heading={phase.kind === "carry-over" ? t("carryHeading") : t("agreements")}
        onEdit={(agreementId) => {
          const agreement = state.agreements[agreementId];
          if (agreement) replace({ ...FRESH_FORM, draft: draftOf(agreement), editingId: agreement.id, fromCardId: agreement.fromCardId });
        }}
        send={send}
      />
    </div>
  );
}
