"use client";

import type { ReactNode } from "react";
import type { Team } from "@/lib/domain";
import type { DraftField } from "@/lib/domain/features/agreements/form";
import { field, label as labelClass } from "../../shared/ui";

/** Ties an input to its label, its hint and its message, so a screen reader reads all three. */
/** Each field's problem, worded for the page (see AgreementForm). */
export type FieldWords = Partial<Record<DraftField, string>>;

export function describedBy(id: string, error: string | undefined, hint: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A labelled input with its hint above and its message below, next to the field it is about. */
export function Labeled({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm font-semibold text-danger">
      {error}
    </p>
  );
}

export function TextInput({
  id,
  value,
  onChange,
  max,
  error,
  hint,
  placeholder,
  type = "text",
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  max?: number;
  error?: string;
  hint?: string;
  placeholder?: string;
  type?: "text" | "date";
}) {
  return (
    <input
      id={id}
      type={type}
      value={value}
      maxLength={max}
      placeholder={placeholder}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, error, hint)}
      className={`${field} min-h-11`}
    />
  );
}

export function TeamSelect({
  id,
  teams,
  value,
  onChange,
  error,
  none,
}: {
  id: string;
  teams: readonly Team[];
  value: string;
  onChange: (teamId: string) => void;
  error?: string;
  /** The label of the empty choice. */
  none: string;
}) {
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, error, undefined)}
      className={`${field} min-h-11`}
    >
      <option value="">{none}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </select>
  );
}
