"use client";

import { useExplain, useT } from "@/lib/client/i18n";
import { useId, useMemo, type FormEvent } from "react";
import { LIMITS, type Team } from "@/lib/domain";
import type { AgreementDraft, DraftField, FieldErrors } from "@/lib/domain/features/agreements/form";
import { button, field } from "../../shared/ui";
import type { AgreementCopy } from "./copy";
import { describedBy, Labeled, TeamSelect, TextInput, type FieldWords } from "./fields";
import { LegalCheckField } from "./LegalCheckField";

/** The order people read the form in: the first field with a problem gets the focus. */
const ORDER: DraftField[] = [
  "what",
  "ownerTeamId",
  "ownerName",
  "buddyTeamId",
  "buddyName",
  "dueDate",
  "reviewDate",
  "metric.name",
  "metric.baseline",
  "metric.target",
  "legalCheck.needed",
  "legalCheck.note",
];

/**
 * Every field of an agreement, labelled, each with its own message. The parent checks the draft
 * with the server's schema; this form only shows it.
 */
export function AgreementForm({
  copy,
  teams,
  draft,
  errors: problemsByField,
  editing,
  fromIdea,
  busy,
  onChange,
  onSubmit,
  onCancel,
}: {
  copy: AgreementCopy;
  teams: readonly Team[];
  draft: AgreementDraft;
  errors: FieldErrors;
  editing: boolean;
  /** The text of the top idea it is made from, if any. */
  fromIdea: string | null;
  busy: boolean;
  onChange: (draft: AgreementDraft) => void;
  /** Returns the fields with a problem, if any, so the first can take the focus. */
  onSubmit: () => DraftField[];
  onCancel: (() => void) | null;
}) {
  const t = useT("agreements");
  const explain = useExplain();
  // Each field's problem worded in this page's language (they come as reasons).
  const errors = useMemo(
    () => Object.fromEntries(Object.entries(problemsByField).map(([f, issue]) => [f, explain.field(issue)])) as FieldWords,
    [problemsByField, explain],
  );
  const base = useId();
  const id = (f: DraftField) => `${base}-${f.replace(".", "-")}`;
  const set = <K extends keyof AgreementDraft>(key: K) => (value: AgreementDraft[K]) => onChange({ ...draft, [key]: value });
  const problems = ORDER.filter((f) => errors[f]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const invalid = onSubmit();
    const first = ORDER.find((f) => invalid.includes(f));
    // The yes/no has no single input: its "Yes" takes the focus.
    if (first) document.getElementById(first === "legalCheck.needed" ? `${id(first)}-yes` : id(first))?.focus();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${base}-heading`} className="space-y-4">
      <div className="space-y-1">
        <h3 id={`${base}-heading`} className="text-lg font-bold">
          {editing ? t("changeAgreement") : copy.formHeading}
        </h3>
        <p className="text-sm text-muted">{copy.formHint}</p>
        {fromIdea ? (
          <p className="rounded-lg bg-brand-soft px-3 py-2 text-sm">
            {t("fromIdea")} <span className="font-semibold wrap-anywhere">{fromIdea}</span>
          </p>
        ) : null}
      </div>

      {problems.length > 0 ? (
        <div role="alert" className="rounded-lg border-2 border-danger bg-danger-soft p-3 text-sm">
          <p className="font-semibold">
            {t("needsFixing", { count: problems.length })}
          </p>
          <ul className="list-disc pl-5">
            {problems.map((f) => (
              <li key={f}>{errors[f]}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <Labeled id={id("what")} label={t("whatWeDo")} error={errors.what}>
        <textarea
          id={id("what")}
          value={draft.what}
          rows={3}
          maxLength={Math.max(LIMITS.agreementWhat, draft.what.length)}
          placeholder={copy.whatPlaceholder}
          onChange={(e) => set("what")(e.target.value)}
          aria-invalid={errors.what ? true : undefined}
          aria-describedby={describedBy(id("what"), errors.what, undefined)}
          className={`${field} resize-y`}
        />
        <p className={`text-right text-sm ${draft.what.length > LIMITS.agreementWhat ? "font-semibold text-danger" : "text-muted"}`}>
          {draft.what.length} / {LIMITS.agreementWhat}
          <span className="sr-only">{t("characters")}</span>
        </p>
      </Labeled>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 font-bold">{t("owner")}</legend>
        <Labeled id={id("ownerTeamId")} label={t("owningTeam")} error={errors.ownerTeamId}>
          <TeamSelect id={id("ownerTeamId")} teams={teams} value={draft.ownerTeamId} onChange={set("ownerTeamId")} error={errors.ownerTeamId} none={t("pickTeam")} />
        </Labeled>
        <Labeled id={id("ownerName")} label={t("namedOwner")} error={errors.ownerName}>
          <TextInput id={id("ownerName")} value={draft.ownerName} onChange={set("ownerName")} max={LIMITS.personName} error={errors.ownerName} />
        </Labeled>
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 font-bold">
          {t("buddyOther")} <span className="font-normal text-muted">{t("optional")}</span>
        </legend>
        <Labeled id={id("buddyTeamId")} label={t("buddyTeam")} error={errors.buddyTeamId}>
          <TeamSelect id={id("buddyTeamId")} teams={teams} value={draft.buddyTeamId} onChange={set("buddyTeamId")} error={errors.buddyTeamId} none={t("noBuddy")} />
        </Labeled>
        <Labeled id={id("buddyName")} label={t("buddyName")} error={errors.buddyName}>
          <TextInput id={id("buddyName")} value={draft.buddyName} onChange={set("buddyName")} max={LIMITS.personName} error={errors.buddyName} />
        </Labeled>
      </fieldset>

      <div className="grid gap-3 sm:grid-cols-2">
        <Labeled id={id("dueDate")} label={t("doneBy")} error={errors.dueDate}>
          <TextInput id={id("dueDate")} type="date" value={draft.dueDate} onChange={set("dueDate")} error={errors.dueDate} />
        </Labeled>
        <Labeled id={id("reviewDate")} label={t("reviewOn")} hint={t("reviewHint")} error={errors.reviewDate}>
          <TextInput id={id("reviewDate")} type="date" value={draft.reviewDate} onChange={set("reviewDate")} error={errors.reviewDate} hint={t("reviewHint")} />
        </Labeled>
      </div>

      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-1 font-bold">{t("whyLegend")}</legend>
        <Labeled id={id("metric.name")} label={t("metric")} error={errors["metric.name"]}>
          <TextInput id={id("metric.name")} value={draft.metricName} onChange={set("metricName")} max={LIMITS.metricText} placeholder={copy.metricPlaceholder.name} error={errors["metric.name"]} />
        </Labeled>
        <Labeled id={id("metric.baseline")} label={t("baselineNow")} error={errors["metric.baseline"]}>
          <TextInput id={id("metric.baseline")} value={draft.baseline} onChange={set("baseline")} max={LIMITS.metricText} placeholder={copy.metricPlaceholder.baseline} error={errors["metric.baseline"]} />
        </Labeled>
        <Labeled id={id("metric.target")} label={t("target")} error={errors["metric.target"]}>
          <TextInput id={id("metric.target")} value={draft.target} onChange={set("target")} max={LIMITS.metricText} placeholder={copy.metricPlaceholder.target} error={errors["metric.target"]} />
        </Labeled>
      </fieldset>

      <LegalCheckField
        id={id("legalCheck.needed")}
        noteId={id("legalCheck.note")}
        needed={draft.legalNeeded}
        note={draft.legalNote}
        errors={errors}
        onNeeded={set("legalNeeded")}
        onNote={set("legalNote")}
      />

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} className={button.primary}>
          {busy ? t("sending") : editing ? t("saveChanges") : t("makeAgreement")}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} disabled={busy} className={button.secondary}>
            {editing ? t("cancel") : t("clearForm")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
