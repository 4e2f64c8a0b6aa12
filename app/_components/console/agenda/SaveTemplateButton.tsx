"use client";

import { useId, useState } from "react";
import { useExplain, useT } from "@/lib/client/i18n";
import { ApiFailure, failureOf, offline } from "@/lib/client/api";
import { button } from "../../shared/ui";
import { FieldError } from "./FieldError";

/** Downloads the current agenda as a template file (the facilitator's key proves who asks). */
export function SaveTemplateButton({ code, token }: { code: string; token: string }) {
  const t = useT("agenda");
  const explain = useExplain();
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();
  const errorId = useId();

  async function download() {
    setProblem(null);
    try {
      const res = await fetch(`/api/workshops/${encodeURIComponent(code)}/agenda-template`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!res.ok) throw await failureOf(res);
      const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `workshop-${code.toLowerCase()}.json`;
      const url = URL.createObjectURL(await res.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
    } catch (err) {
      setProblem(t("saveTemplateFailed", { reason: err instanceof ApiFailure ? explain.error(err) : explain.error(offline()) }));
    }
  }

  return (
    <div className="space-y-1">
      <button type="button" onClick={download} className={button.secondary} aria-describedby={problem ? `${hintId} ${errorId}` : hintId}>
        {t("saveTemplate")}
      </button>
      <p id={hintId} className="text-sm text-muted">
        {t("saveTemplateHint")}
      </p>
      <FieldError id={errorId} message={problem ?? undefined} />
    </div>
  );
}
