"use client";

import { useId } from "react";
import { useChooseLanguage, useLanguage, useT } from "@/lib/client/i18n";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "@/lib/i18n";

/**
 * Each person's own language, on any page: a native <select> (keyboard and screen readers know
 * it), each language named in itself so someone lost in a language they do not read still finds
 * theirs. The label is for screen readers; a globe says "language" to the eye.
 */
export function LanguagePicker({ className = "" }: { className?: string }) {
  const t = useT("common");
  const lang = useLanguage();
  const choose = useChooseLanguage();
  const id = useId();
  return (
    <div className={`inline-flex shrink-0 items-center gap-1.5 ${className}`}>
      <label htmlFor={id} className="text-muted">
        {/* A drawn globe, not an emoji: not every phone or projector has an emoji font. */}
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
        </svg>
        <span className="sr-only">{t("language")}</span>
      </label>
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          if (isLanguage(e.target.value)) choose(e.target.value);
        }}
        className="min-h-11 rounded-lg border-2 border-line bg-surface px-2 py-1 text-sm font-semibold text-ink hover:border-brand"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
