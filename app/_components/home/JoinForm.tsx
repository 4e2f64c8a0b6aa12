"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useT } from "@/lib/client/i18n";
import { isJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from "@/lib/domain";
import { button, field, label } from "../shared/ui";

/** "Join a workshop": the code read off the projector, typed however the phone types it. */
export function JoinForm() {
  const t = useT("home");
  const router = useRouter();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    const code = normalizeJoinCode(value);
    if (!isJoinCode(code)) {
      setError(
        code.length === 0
          ? t("codeMissing")
          : t("codeInvalid", { code: value.trim().toUpperCase(), length: JOIN_CODE_LENGTH }),
      );
      return;
    }
    setError(null);
    router.push(`/w/${code}`);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <label htmlFor={inputId} className={label}>
        {t("codeLabel")}
      </label>
      <input
        id={inputId}
        name="code"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          if (error) setError(null);
        }}
        inputMode="text"
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="go"
        maxLength={20}
        placeholder="ABC 234"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`${field} py-3 text-center font-mono text-3xl tracking-[0.2em] uppercase placeholder:tracking-[0.2em]`}
      />
      {error ? (
        <p id={errorId} role="alert" className="font-semibold text-danger">
          {error}
        </p>
      ) : null}
      <button type="submit" className={`${button.primary} w-full text-lg`}>
        {t("join")}
      </button>
    </form>
  );
}
