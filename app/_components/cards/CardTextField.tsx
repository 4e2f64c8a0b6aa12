"use client";

import { useEffect, useId, useRef } from "react";
import { useT } from "@/lib/client/i18n";
import { LIMITS } from "@/lib/domain/limits";
import { field, label as labelClass } from "../shared/ui";

/** A card's text box with a live counter against the server's limit. */
export function CardTextField({
  label,
  value,
  onChange,
  autoFocus,
  rows = 4,
  hideLabel = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
  rows?: number;
  hideLabel?: boolean;
}) {
  const t = useT("common");
  const id = useId();
  const counterId = useId();
  const max = LIMITS.cardText;
  const left = max - value.length;
  const box = useRef<HTMLTextAreaElement>(null);
  // Focused with the cursor after the text, ready to add to it; the attribute would put it first.
  useEffect(() => {
    const el = box.current;
    if (!autoFocus || !el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, [autoFocus]);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : labelClass}>
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={max}
        rows={rows}
        ref={box}
        aria-describedby={counterId}
        className={`${field} resize-y text-lg`}
      />
      <p id={counterId} className={`text-right text-sm ${left <= 20 ? "font-semibold text-danger" : "text-muted"}`}>
        {value.length} / {max}
        <span className="sr-only"> {t("characters")}</span>
      </p>
    </div>
  );
}
