"use client";

import { useT } from "@/lib/client/i18n";
import { LIMITS } from "@/lib/domain";
import { describedBy, FieldError, Labeled, TextInput, type FieldWords } from "./fields";


/** "Is a legal or audit check needed?": an explicit yes or no (no default), and a note. */
export function LegalCheckField({
  id,
  noteId,
  needed,
  note,
  errors,
  onNeeded,
  onNote,
}: {
  id: string;
  noteId: string;
  needed: boolean | null;
  note: string;
  errors: FieldWords;
  onNeeded: (needed: boolean) => void;
  onNote: (note: string) => void;
}) {
  const t = useT("agreements");
  const noteHint = t("noteHint");
  const error = errors["legalCheck.needed"];
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(id, error, undefined)}>
      <legend className="font-bold">{t("legalQuestion")}</legend>
      <div className="flex flex-wrap gap-3">
        {([true, false] as const).map((answer) => (
          <label
            key={String(answer)}
            className="inline-flex min-h-11 items-center gap-2 rounded-lg border-2 border-line bg-surface px-4 has-checked:border-brand has-checked:bg-brand-soft"
          >
            <input
              id={answer ? `${id}-yes` : undefined}
              type="radio"
              name={`${id}-radio`}
              checked={needed === answer}
              onChange={() => onNeeded(answer)}
              aria-invalid={error ? true : undefined}
              className="size-5 accent-brand"
            />
            <span className="font-semibold">{answer ? t("yes") : t("no")}</span>
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
      <Labeled id={noteId} label={t("note")} hint={noteHint} error={errors["legalCheck.note"]}>
        <TextInput id={noteId} value={note} onChange={onNote} max={LIMITS.legalNote} error={errors["legalCheck.note"]} hint={noteHint} />
      </Labeled>
    </fieldset>
  );
}
