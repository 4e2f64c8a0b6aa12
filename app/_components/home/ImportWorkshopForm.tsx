"use client";

import { useId, useState, type FormEvent } from "react";
import { useExplain, useT } from "@/lib/client/i18n";
import { ApiFailure } from "@/lib/client/api";
import { reportApi } from "@/lib/client/reportApi";
import { button, label } from "../shared/ui";
import { CreateKeyField } from "./CreateKeyField";
import { keyToSend, useCreateKey } from "./createKey";

/** The server takes at most this much; a bigger file is not an export, so it is not even sent. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * A follow-up workshop from an earlier one's export (the report's "Whole workshop (JSON)"): the
 * same teams, its agreements carried over for review. The server checks the file and says what
 * is wrong with it.
 */
export function ImportWorkshopForm() {
  const t = useT("home");
  const explain = useExplain();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const createKey = useCreateKey();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setFailure(t("chooseFile"));
      return;
    }
    if (file.size > MAX_BYTES) {
      setFailure(t("fileTooBig"));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const created = await reportApi.importWorkshop(await file.text(), keyToSend(createKey));
      const target = new URL(created.facilitatorUrl, window.location.origin);
      // A full load, so the console reads its key from the #fragment on its very first render.
      window.location.assign(`${target.pathname}${target.hash}`);
    } catch (err) {
      if (err instanceof ApiFailure && (err.status === 401 || err.status === 403)) createKey.markRequired();
      setFailure(err instanceof ApiFailure ? explain.error(err) : t("fileUnreadable"));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={inputId} className={label}>
          {t("exportFile")}
        </label>
        <p id={hintId} className="text-sm text-muted">
          {t("exportHint")}
        </p>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFailure(null);
          }}
          aria-describedby={failure ? `${hintId} ${errorId}` : hintId}
          aria-invalid={failure ? true : undefined}
          className="block w-full min-h-11 rounded-lg border-2 border-dashed border-line bg-surface p-2 text-base file:mr-3 file:min-h-10 file:rounded-md file:border-0 file:bg-brand-soft file:px-3 file:font-semibold file:text-brand-strong"
        />
      </div>
      <CreateKeyField />
      {failure ? (
        <p id={errorId} role="alert" className="rounded-lg border-2 border-danger bg-danger-soft p-3">
          <span className="block font-semibold">{t("notStarted")}</span>
          {failure}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className={`${button.secondary} w-full`}>
        {busy ? t("starting") : t("startFollowUp")}
      </button>
    </form>
  );
}
