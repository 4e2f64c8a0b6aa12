"use client";

import { useId } from "react";
import { useT } from "@/lib/client/i18n";
import { field, label as labelClass } from "../../shared/ui";

/** A text box with a live counter against the server's limit, read out with the field. */
export function TextWithCounter({
  label,
  value,
  onChange,
  max,
  rows = 3,
  autoFocus,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  rows?: number;
  autoFocus?: boolean;
  hint?: string;
}) {
  const t = useT("beliefs");
  const id = useId();
  const counterId = useId();
  const hintId = useId();
  const left = max - value.length;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={max}
        rows={rows}
        autoFocus={autoFocus}
        aria-describedby={hint ? `${hintId} ${counterId}` : counterId}
        className={`${field} resize-y text-lg`}
      />
      <p id={counterId} className={`text-right text-sm ${left <= 20 ? "font-semibold text-danger" : "text-muted"}`}>
        {value.length} / {max}
        <span className="sr-only">{t("characters")}</span>
      </p>
    </div>
  );
}
