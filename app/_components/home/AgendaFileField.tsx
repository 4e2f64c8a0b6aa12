"use client";

import { useId, useRef, useState, type ChangeEvent } from "react";
import { useExplain, useT } from "@/lib/client/i18n";
import { issuesOf } from "@/lib/domain";
import { TemplateSchema, type Template } from "@/lib/protocol/http";
import { button, label } from "../shared/ui";

/** A saved agenda file (.json), checked with the contract's schema before it is offered to the server. */
export function AgendaFileField({ file, onChange }: { file: Template | null; onChange: (file: Template | null) => void }) {
  const t = useT("create");
  const explain = useExplain();
  const id = useId();
  const messageId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function read(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0];
    setProblem(null);
    onChange(null);
    if (!chosen) return;
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      return setProblem(t("fileUnreadable"));
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return setProblem(t("fileNotJson"));
    }
    const parsed = TemplateSchema.safeParse(json);
    if (!parsed.success) {
      const [issue] = issuesOf(parsed.error, 1);
      return setProblem(t("fileInvalid", { reason: issue ? explain.issue(issue) : "" }));
    }
    onChange(parsed.data);
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className={label}>
        {t("fileLabel")}
      </label>
      <input
        id={id}
        ref={input}
        type="file"
        accept=".json,application/json"
        onChange={read}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem || file ? messageId : undefined}
        className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-2 file:border-brand file:bg-surface file:px-3 file:font-semibold file:text-brand"
      />
      {problem ? (
        <p id={messageId} role="alert" className="text-sm font-semibold text-danger wrap-anywhere">
          {problem}
        </p>
      ) : file ? (
        <div className="flex flex-wrap items-center gap-x-3">
          <p id={messageId} role="status" className="text-sm wrap-anywhere">
            {t("fileLoaded", { title: file.title, count: file.agenda.length })}
          </p>
          <button
            type="button"
            className={button.quiet}
            onClick={() => {
              if (input.current) input.current.value = "";
              onChange(null);
            }}
          >
            {t("useTemplate")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
