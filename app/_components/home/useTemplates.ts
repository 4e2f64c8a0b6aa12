"use client";

import { useEffect, useState } from "react";
import type { Language } from "@/lib/i18n";
import { TemplateListSchema, type TemplateSummary } from "@/lib/protocol/http";

export type TemplatesState = { status: "loading" } | { status: "failed" } | { status: "ready"; templates: TemplateSummary[] };

/** The agendas to start from (GET /api/templates), in the workshop's language, parsed with the contract's schema. */
export function useTemplates(lang: Language): TemplatesState {
  const [state, setState] = useState<TemplatesState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    fetch(`/api/templates?lang=${lang}`)
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: unknown) => {
        const parsed = TemplateListSchema.safeParse(body);
        if (live) setState(parsed.success ? { status: "ready", templates: parsed.data.templates } : { status: "failed" });
      })
      .catch(() => live && setState({ status: "failed" }));
    return () => {
      live = false;
    };
  }, [lang]);
  return state;
}
