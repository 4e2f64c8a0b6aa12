"use client";

import { useId } from "react";
import type { WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from "@/lib/i18n";
import { field, label } from "../../shared/ui";
import { FieldError } from "./FieldError";
import type { Edits } from "./useEdits";

/** The workshop's default language (workshop.setLanguage): phones and the screen follow it. */
export function WorkshopLanguage({ state, edits }: { state: WorkshopState; edits: Edits }) {
  const t = useT("agenda");
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={label}>
        {t("languageLabel")}
      </label>
      <select
        id={id}
        value={state.language}
        onChange={(e) => isLanguage(e.target.value) && void edits.run("language", { type: "workshop.setLanguage", language: e.target.value })}
        aria-describedby={`${hintId}${edits.errors.language ? ` ${errorId}` : ""}`}
        className={field}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
      <p id={hintId} className="text-sm text-muted">
        {t("languageHint")}
      </p>
      <FieldError id={errorId} message={edits.errors.language} />
    </div>
  );
}
