"use client";

import { useState, type ReactNode } from "react";
import { useT } from "@/lib/client/i18n";
import { button } from "../shared/ui";

/**
 * A button for what cannot be undone: the first press asks, in place, and only "Yes" acts (no
 * browser dialog). The question is a named group, so a screen reader hears what it confirms.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  groupLabel,
  onConfirm,
  className = button.danger,
  accessibleName,
  disabled,
}: {
  label: ReactNode;
  question: ReactNode;
  confirmLabel: string;
  groupLabel: string;
  onConfirm: () => void;
  className?: string;
  /** When the visible label alone is ambiguous in a list ("Remove" → "Remove Ann"). */
  accessibleName?: string;
  disabled?: boolean;
}) {
  const t = useT("common");
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={className} aria-label={accessibleName} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={groupLabel} className="flex flex-wrap items-center gap-2">
      <span className="font-semibold">{question}</span>
      <button
        type="button"
        className={button.danger}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className={button.secondary} onClick={() => setAsking(false)} autoFocus>
        {t("cancel")}
      </button>
    </div>
  );
}
