"use client";

import { useId, useState, type FormEvent } from "react";
import { DEFAULT_TEAMS, DEFAULT_TEMPLATE_ID, LIMITS } from "@/lib/domain";
import { api, ApiFailure } from "@/lib/client/api";
import { useLanguage, useExplain, useT } from "@/lib/client/i18n";
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language, type Translate } from "@/lib/i18n";
import type { Template } from "@/lib/protocol/http";
import { button, field, label } from "../shared/ui";
import { AgendaFileField } from "./AgendaFileField";
import { CreateKeyField } from "./CreateKeyField";
import { keyToSend, useCreateKey } from "./createKey";
import { TeamsEditor, type TeamDraft } from "./TeamsEditor";
import { TemplatePicker } from "./TemplatePicker";
import { useTemplates, type TemplatesState } from "./useTemplates";

/** Why the server did not make the workshop: in its own words (`message`), or its field problems. */
type Failure = { message: string | null; issues: ApiFailure["issues"]; status?: number };

/** The teams a template suggests in the chosen language (before the facilitator edits them). */
function suggestedTeams(templates: TemplatesState, templateId: string): TeamDraft[] {
  const names = (templates.status === "ready" && templates.templates.find((t) => t.id === templateId)?.teams) || DEFAULT_TEAMS;
  return names.map((name, i) => ({ key: i + 1, name }));
}

/**
 * "Run a workshop": title, agenda (a template or a saved file), language and teams; the server
 * makes the workshop and the facilitator link.
 */
export function CreateWorkshopForm() {
  const t = useT("create");
  const explain = useExplain();
  /** A field's problem, named as this form names the field. */
  const problem = (issue: Failure["issues"][number]) => (issue.path ? `${describePath(issue.path, t)}: ${explain.field(issue)}` : explain.field(issue));
  const pageLanguage = useLanguage();
  const [title, setTitle] = useState("");
  const [language, setLanguage] = useState<Language>(pageLanguage);
  const [template, setTemplate] = useState(DEFAULT_TEMPLATE_ID);
  const [file, setFile] = useState<Template | null>(null);
  const templates = useTemplates(language);
  // Until the facilitator edits them, the teams follow the template and the language.
  const [edited, setTeams] = useState<TeamDraft[] | null>(null);
  const teams = edited ?? suggestedTeams(templates, template);
  const languageId = useId();
  const languageHintId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const createKey = useCreateKey();
  const titleId = useId();
  const errorId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const agenda = file ? { agenda: file } : { template };
      const created = await api.createWorkshop({ title, teams: teams.map((t) => t.name), language, ...agenda }, keyToSend(createKey));
      const target = new URL(created.facilitatorUrl, window.location.origin);
      // A full load, so the console reads its key from the #fragment on its very first render.
      window.location.assign(`${target.pathname}${target.hash}`);
    } catch (err) {
      // The server asks for its creation key (or another one): show the field.
      if (err instanceof ApiFailure && (err.status === 401 || err.status === 403)) createKey.markRequired();
      setFailure(
        err instanceof ApiFailure
          ? { message: err.issues.length > 0 ? null : explain.error(err), issues: err.issues, status: err.status }
          : { message: t("somethingWrong"), issues: [] },
      );
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5" aria-describedby={failure ? errorId : undefined}>
      <div className="space-y-2">
        <label htmlFor={titleId} className={label}>
          {t("titleLabel")}
        </label>
        <input
          id={titleId}
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={LIMITS.title}
          required
          aria-invalid={failure?.issues.some((i) => i.path === "title") || undefined}
          autoComplete="off"
          placeholder={t("titlePlaceholder")}
          className={field}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("templateLegend")}</legend>
        <p className="text-sm text-muted">{t("templateHint")}</p>
        <TemplatePicker templates={templates} value={template} onChange={setTemplate} disabled={file !== null} />
        <AgendaFileField file={file} onChange={setFile} />
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={languageId} className={label}>
          {t("languageLabel")}
        </label>
        <p id={languageHintId} className="text-sm text-muted">
          {t("languageHint")}
        </p>
        <select
          id={languageId}
          value={language}
          aria-describedby={languageHintId}
          onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
          className={field}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANGUAGE_NAMES[lang]}
            </option>
          ))}
        </select>
      </div>
      <TeamsEditor teams={teams} onChange={setTeams} invalid={invalidTeams(failure)} />
      <CreateKeyField invalid={failure?.status === 401 || failure?.status === 403} />
      {failure ? (
        <div id={errorId} role="alert" className="rounded-lg border-2 border-danger bg-danger-soft p-3">
          <p className="font-semibold">{t("notCreated")}</p>
          <p>{failure.message ?? problem(failure.issues[0]!)}</p>
          {extraIssues(failure).length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {extraIssues(failure).map((issue, i) => (
                <li key={i}>{problem(issue)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <button type="submit" disabled={busy} className={`${button.primary} w-full text-lg`}>
        {busy ? t("creating") : t("submit")}
      </button>
    </form>
  );
}

/** The issues the message does not already say (without a message of its own, it says the first). */
function extraIssues(failure: Failure): Failure["issues"] {
  return failure.message === null ? failure.issues.slice(1) : failure.issues;
}

const TEAM_PATH = /^teams[.[/](\d+)\]?$/;

/** Which team fields the server complained about: by index, or all of them for the list as a whole. */
function invalidTeams(failure: Failure | null): "all" | Set<number> {
  if (!failure) return new Set();
  if (failure.issues.some((i) => i.path === "teams")) return "all";
  return new Set(failure.issues.map((i) => TEAM_PATH.exec(i.path)?.[1]).filter(Boolean).map(Number));
}

/** "teams.2" reads better as "Team 3". */
function describePath(path: string, t: Translate<"create">): string {
  const team = TEAM_PATH.exec(path);
  if (team) return t("team", { number: Number(team[1]) + 1 });
  if (path === "teams") return t("teamsLegend");
  if (path === "title") return t("titleField");
  return path;
}
