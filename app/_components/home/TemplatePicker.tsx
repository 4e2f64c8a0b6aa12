"use client";

import { useT } from "@/lib/client/i18n";
import type { TemplatesState } from "./useTemplates";

/** The agendas to start from, as radio buttons: title, description and length. */
export function TemplatePicker({
  templates,
  value,
  onChange,
  disabled,
}: {
  templates: TemplatesState;
  value: string;
  onChange: (id: string) => void;
  /** A saved file was loaded: it wins over the templates. */
  disabled: boolean;
}) {
  const t = useT("create");
  if (templates.status === "loading") return <p className="text-sm text-muted">{t("templatesLoading")}</p>;
  if (templates.status === "failed") return <p className="text-sm text-muted">{t("templatesFailed")}</p>;
  return (
    <div className="space-y-2">
      {templates.templates.map((template) => (
        <label
          key={template.id}
          className={`flex gap-3 rounded-lg border-2 p-3 ${
            value === template.id && !disabled ? "border-brand bg-brand-soft" : "border-line"
          } ${disabled ? "opacity-60" : "cursor-pointer"}`}
        >
          <input
            type="radio"
            name="template"
            value={template.id}
            checked={value === template.id}
            disabled={disabled}
            onChange={() => onChange(template.id)}
            className="mt-1 size-5 shrink-0 accent-brand"
          />
          <span className="min-w-0">
            <span className="flex flex-wrap items-baseline justify-between gap-x-2">
              <span className="font-semibold wrap-anywhere">{template.title}</span>
              <span className="shrink-0 text-sm whitespace-nowrap text-muted">{t("phases", { count: template.phases })}</span>
            </span>
            <span className="block text-sm text-muted wrap-anywhere">{template.description}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
