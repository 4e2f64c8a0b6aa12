"use client";

import { useId, useRef, useState } from "react";
import { useT } from "@/lib/client/i18n";
import { button, field } from "./ui";

/** A read-only link with a Copy button that works on plain http too (select, then copy). */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT("common");
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // No clipboard API (plain http on a LAN address): select it, so Ctrl+C does the rest.
      input.current?.select();
      setCopied(document.execCommand?.("copy") ? "yes" : "no");
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        ref={input}
        readOnly
        value={value}
        onFocus={(e) => e.currentTarget.select()}
        className={`${field} font-mono text-sm`}
      />
      <div className="flex items-center gap-3">
        <button type="button" onClick={copy} className={button.secondary}>
          {t("copy")}
        </button>
        <span aria-live="polite" className="text-sm font-semibold text-ok">
          {copied === "yes" ? t("copied") : copied === "no" ? t("pressToCopy") : ""}
        </span>
      </div>
    </div>
  );
}
