"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { isJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from "@/lib/domain";
import { button, field, label } from "../shared/ui";

/** "Join a workshop": the code read off the projector, typed however the phone types it. */
export function JoinForm() {
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
          ? "Type the code shown on the screen."
          : `“${value.trim().toUpperCase()}” is not a workshop code. A code has ${JOIN_CODE_LENGTH} letters and digits, like K7M 4PX (never 0, O, 1, I or L).`,
      );
      return;
    }
    setError(null);
    router.push(`/w/${code}`);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <label htmlFor={inputId} className={label}>
        Workshop code
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
        Join
      </button>
    </form>
  );
}
