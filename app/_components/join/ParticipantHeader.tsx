"use client";

import type { ReactNode } from "react";
import { useT } from "@/lib/client/i18n";
import type { ConnectionState } from "@/lib/client/workshopClient";
import { ConnectionStatus } from "../shared/ConnectionStatus";
import { LanguagePicker } from "../shared/LanguagePicker";

/** The phone's top bar: which workshop, who I am, the room's timer, and whether the connection holds. */
export function ParticipantHeader({
  title,
  name,
  team,
  accent,
  connection,
  timer,
}: {
  title: string;
  name?: string;
  team?: string;
  accent?: string;
  connection: ConnectionState;
  /** The room's countdown, when one runs: always in sight, never in the way. */
  timer?: ReactNode;
}) {
  const t = useT("phone");
  return (
    <>
      <ConnectionStatus connection={connection} placement="bar" />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-3">
          {/* A title at its 120-character limit would fill a phone's first screen: three lines of it. */}
          <h1 title={title} className="line-clamp-3 min-w-0 flex-1 text-lg leading-tight font-bold wrap-anywhere">
            {title}
          </h1>
          <ConnectionStatus connection={connection} placement="pill" />
          {/* The timer and the language sit on the second row, beside who I am: on a 360 px phone the
              first row has room for the title and the connection only. A long name pushes them onto
              a row of their own rather than squeezing itself. */}
          <div className="flex w-full flex-wrap items-center justify-end gap-x-3 gap-y-2">
            {name ? (
              <p className="mr-auto flex min-w-0 items-center gap-2 text-muted">
                {accent ? (
                  <span aria-hidden="true" className="size-3 shrink-0 rounded-full" style={{ background: accent }} />
                ) : null}
                <span className="min-w-0 wrap-anywhere">
                  <span className="sr-only">{t("youAre")}</span>
                  <span className="font-semibold text-ink">{name}</span>
                  {team ? <> · {team}</> : null}
                </span>
              </p>
            ) : null}
            {timer}
            <LanguagePicker />
          </div>
        </div>
      </header>
    </>
  );
}
