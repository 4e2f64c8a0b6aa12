"use client";

import type { WorkshopState } from "@/lib/domain";
import { panel } from "../shared/ui";
import { ReportLink } from "../report/ReportLink";
import { ConfirmButton } from "./ConfirmButton";
import type { Send } from "../phases/types";

const SIZE = {
  phone: "rounded-xl p-4 text-lg",
  console: "rounded-xl p-4 text-lg",
  screen: "rounded-2xl px-[2vw] py-[1.5vh] text-[clamp(1.25rem,2.2vw,2.75rem)]",
} as const;

/** After the end: everything stays readable, nothing can change. Shown on every device. */
export function EndedNotice({ state, size }: { state: WorkshopState; size: keyof typeof SIZE }) {
  if (state.endedAt === null) return null;
  return (
    <div role="status" className={`border-2 border-ink bg-warn-soft text-warn-ink ${SIZE[size]}`}>
      <p className="font-bold">This workshop has ended</p>
      {size === "screen" ? null : (
        <p className="text-base">
          {size === "console"
            ? "Everything stays readable; nobody can add or change anything any more."
            : "You can still read everything; nothing can be added or changed any more."}
        </p>
      )}
      {/* The agreements, the downloads and the follow-up live on the report from now on. */}
      {size === "screen" ? null : <ReportLink code={state.code} prominent newTab={size === "console"} className="mt-3" />}
    </div>
  );
}

/** The facilitator's last control: ends the workshop for everyone, after a confirmation. */
export function EndWorkshopPanel({ state, send }: { state: WorkshopState; send: Send }) {
  return (
    <section aria-labelledby="end-heading" className={`${panel} space-y-2`}>
      <h2 id="end-heading" className="text-lg font-bold">
        End the workshop
      </h2>
      {state.endedAt === null ? (
        <>
          <p className="text-sm text-muted">Every phone, the screen and this console become read-only. This cannot be undone.</p>
          <ConfirmButton
            label="End the workshop"
            question="End it for everyone now?"
            confirmLabel="End it"
            groupLabel="Confirm end"
            onConfirm={() => send({ type: "workshop.end" })}
          />
        </>
      ) : (
        <p>
          Ended at{" "}
          <time dateTime={new Date(state.endedAt).toISOString()}>
            {new Date(state.endedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
          </time>
          .
        </p>
      )}
    </section>
  );
}
