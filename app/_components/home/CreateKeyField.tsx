"use client";

import { useId } from "react";
import { field, label } from "../shared/ui";
import { useCreateKey } from "./createKey";

/** Shown only on a server started with a CREATE_SECRET: creating or importing a workshop needs it. */
export function CreateKeyField({ invalid }: { invalid?: boolean }) {
  const { required, key, setKey } = useCreateKey();
  const id = useId();
  const hintId = useId();
  if (!required) return null;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={label}>
        Creation key
      </label>
      <p id={hintId} className="text-sm text-muted">
        This server makes workshops only for those who have its key. Ask whoever runs it.
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
