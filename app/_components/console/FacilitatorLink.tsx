"use client";

import { useId, useRef, useState } from "react";
import { button, field, panel } from "../shared/ui";

/** The secret link that opens this console: shown so it can move to another laptop. */
export function FacilitatorLink({ link }: { link: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      // No clipboard API (plain http on a LAN address): select it, so Ctrl+C does the rest.
      input.current?.select();
      setCopied(document.execCommand?.("copy") ? "yes" : "no");
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className={`${panel} space-y-2`}>
      <h2 id={`${id}-heading`} className="text-lg font-bold">
        Facilitator link
      </h2>
      <label htmlFor={id} className="sr-only">
        Facilitator link
      </label>
      <input
        id={id}
        ref={input}
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        className={`${field} font-mono text-sm`}
      />
      <div className="flex items-center gap-3">
        <button type="button" onClick={copy} className={button.secondary}>
          Copy
        </button>
        <span aria-live="polite" className="text-sm font-semibold text-ok">
          {copied === "yes" ? "Copied" : copied === "no" ? "Press Ctrl+C to copy" : ""}
        </span>
      </div>
      <p className="text-sm text-muted">
        <strong className="text-ink">Keep it secret:</strong> it opens this console on any laptop.
      </p>
    </section>
  );
}
