"use client";

import { useId } from "react";
import { useT } from "@/lib/client/i18n";
import { field, label } from "../shared/ui";
import { useCreateKey } from "./createKey";

/** Shown only on a server started with a CREATE_SECRET: creating or importing a workshop needs it. */
export function CreateKeyField({ invalid }: { invalid?: boolean }) {
  const t = useT("home");
  const { required, key, setKey } = useCreateKey();
  const id = useId();
  const hintId = useId();
  if (!required) return null;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={label}>
        {t("createKey")}
      </label>
      <p id={hintId} className="text-sm text-muted">
        {t("createKeyHint")}
      </p>
      <input
        id={id}
        name="create-key"
        type="password"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        required
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        className={field}
      />
    </div>
  );
}
