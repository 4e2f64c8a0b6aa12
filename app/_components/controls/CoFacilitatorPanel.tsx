"use client";

import { useState } from "react";
import { ApiErrorSchema, type CoFacilitatorLink } from "@/lib/protocol";
import { CopyField } from "../shared/CopyField";
import { button, panel } from "../shared/ui";

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "made"; url: string } | { kind: "failed"; message: string };

/**
 * A link for a second facilitator on another laptop. Each press makes a new one (the server
 * keeps only its hash), so it is shown here once; a lost link is replaced by making another.
 */
export function CoFacilitatorPanel({ code, token }: { code: string; token: string }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function create() {
    setStatus({ kind: "busy" });
    setStatus(await requestLink(code, token));
  }

  return (
    <section aria-labelledby="cofacilitator-heading" className={`${panel} space-y-2`}>
      <h2 id="cofacilitator-heading" className="text-lg font-bold">
        Co-facilitator link
      </h2>
      <p className="text-sm text-muted">A second facilitator opens the console with it on their own laptop.</p>
      {status.kind === "made" ? <CopyField label="Co-facilitator link" value={status.url} /> : null}
      {status.kind === "failed" ? (
        <p role="alert" className="font-semibold text-danger">
          {status.message}
        </p>
      ) : null}
      <button type="button" className={status.kind === "made" ? button.quiet : button.secondary} disabled={status.kind === "busy"} onClick={create}>
        {status.kind === "busy" ? "Creating…" : status.kind === "made" ? "Create another link" : "Create a link"}
      </button>
      {status.kind === "made" ? (
        <p className="text-sm text-muted">
          <strong className="text-ink">Keep it secret:</strong> it is shown only now, and it opens this console.
        </p>
      ) : null}
    </section>
  );
}

async function requestLink(code: string, token: string): Promise<Status> {
  let res: Response;
  try {
    res = await fetch(`/api/workshops/${encodeURIComponent(code)}/cofacilitators`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    return { kind: "failed", message: "No connection to the Onside server. Try again in a moment." };
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return { kind: "made", url: (body as CoFacilitatorLink).facilitatorUrl };
  const parsed = ApiErrorSchema.safeParse(body);
  return { kind: "failed", message: parsed.success ? parsed.data.error.message : `The server answered ${res.status}.` };
}
