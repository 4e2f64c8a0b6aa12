"use client";

import { useId, useState, type FormEvent } from "react";
import { AGREEMENT_STATUSES } from "@/lib/domain/features/followup/schemas";
import { issuesOf, LIMITS, type AgreementStatus } from "@/lib/domain";
import type { ReportAgreement } from "@/lib/domain/report";
import { ApiFailure } from "@/lib/client/api";
import { useExplain, useT } from "@/lib/client/i18n";
import { reportApi } from "@/lib/client/reportApi";
import { ProgressFieldsSchema } from "@/lib/protocol";
import { button, field, label } from "../shared/ui";
import { STATUS } from "./labels";

type Field = "status" | "measured" | "note";
type Errors = Partial<Record<Field | "form", string>>;

/**
 * Where an agreement stands now: its status, the value measured, a note. Checked here with the
 * server's own schema, so a mistake shows at once beside its field; the server's answer (and its
 * per-field issues) has the last word.
 */
export function ProgressForm({
  code,
  token,
  agreement,
  onSaved,
}: {
  code: string;
  token: string;
  agreement: ReportAgreement;
  onSaved: (agreement: ReportAgreement) => void;
}) {
  const t = useT("report");
  const a = useT("agreements");
  const explain = useExplain();
  const [status, setStatus] = useState<AgreementStatus>(agreement.status);
  const [measured, setMeasured] = useState(agreement.measured);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [state, setState] = useState<"idle" | "saving" | "saved">("idle");
  const id = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = ProgressFieldsSchema.safeParse({ status, measured, note });
    if (!parsed.success) {
      setErrors(errorsOf(issuesOf(parsed.error).map((i) => ({ path: i.path, message: explain.field(i) }))));
      return;
    }
    setErrors({});
    setState("saving");
    try {
      const { agreement: saved } = await reportApi.progress(code, token, agreement.id, parsed.data);
      setNote("");
      setState("saved");
      onSaved(saved);
    } catch (err) {
      setState("idle");
      setErrors(
        err instanceof ApiFailure
          ? { ...errorsOf(err.issues.map((i) => ({ path: i.path, message: explain.field(i) }))), form: explain.error(err) }
          : { form: t("somethingWrong") },
      );
    }
  }

  const describedBy = (f: Field) => (errors[f] ? `${id}-${f}-error` : undefined);
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("updateProgressOf", { what: agreement.what })}>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-status`} className={label}>
            {t("status")}
          </label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as AgreementStatus);
              setState("idle");
            }}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={describedBy("status")}
            className={`${field} min-h-11`}
          >
            {AGREEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {a(STATUS[s].label)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-status-error`} message={errors.status} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-measured`} className={label}>
            {t("measuredField")} <span className="font-normal text-muted">({agreement.metric.name})</span>
          </label>
          <input
            id={`${id}-measured`}
            value={measured}
            onChange={(e) => {
              setMeasured(e.target.value);
              setState("idle");
            }}
            maxLength={LIMITS.metricText}
            autoComplete="off"
            placeholder={t("example", { value: agreement.metric.target })}
            aria-invalid={errors.measured ? true : undefined}
            aria-describedby={describedBy("measured")}
            className={`${field} min-h-11`}
          />
          <FieldError id={`${id}-measured-error`} message={errors.measured} />
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-note`} className={label}>
          {t("note")} <span className="font-normal text-muted">{t("optional")}</span>
        </label>
        <textarea
          id={`${id}-note`}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setState("idle");
          }}
          maxLength={LIMITS.progressNote}
          rows={2}
          placeholder={t("notePlaceholder")}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy("note")}
          className={field}
        />
        <FieldError id={`${id}-note-error`} message={errors.note} />
      </div>
      {errors.form ? (
        <p role="alert" className="rounded-lg border-2 border-danger bg-danger-soft p-2 font-semibold">
          {errors.form}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={state === "saving"} className={button.primary}>
          {state === "saving" ? t("saving") : t("saveProgress")}
        </button>
        <span aria-live="polite" className="font-semibold text-ok">
          {state === "saved" ? t("saved") : ""}
        </span>
      </div>
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-semibold text-danger">
      {message}
    </p>
  );
}

/** The first problem per field; anything not about a field goes above the button. */
function errorsOf(issues: { path: string; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const key: Field | "form" = issue.path === "status" || issue.path === "measured" || issue.path === "note" ? issue.path : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
