"use client";

import { useId } from "react";
import { useChooseLanguage, useLanguage, useT } from "@/lib/client/i18n";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "@/lib/i18n";

/**
 * Each person's own language, on any page: a native <select> (keyboard and screen readers know
 * it), each language named in itself so someone lost in a language they do not read still finds
 * theirs. The label stays for screen readers; the globe says "language" to the eye.
 */
export function LanguagePicker({ className = "" }: { className?: string }) {
  const t = useT("common");
  const lang = useLanguage();
  const choose = useChooseLanguage();
  const id = useId();
  return (
    <div className={`inline-flex shrink-0 items-center gap-1.5 ${className}`}>
      <label htmlFor={id} className="text-muted">
        <span aria-hidden="true">🌐</span>
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
