"use client";

import { useId, useState, type FormEvent } from "react";
import { useT } from "@/lib/client/i18n";
import type { Phase, Timer } from "@/lib/domain";
import { button, field } from "../shared/ui";
import { Countdown } from "./Countdown";
import type { Send } from "../phases/types";

const small = "min-h-10 px-3 py-1.5";

/** The facilitator's timer: start with the phase's timebox or any length, pause, +1 minute, reset. */
export function TimerControls({
  phase,
  timer,
  clockOffset,
  send,
}: {
  phase: Phase;
  timer: Timer | null;
  clockOffset: number;
  send: Send;
}) {
  const t = useT("common");
  const own = timer?.phaseId === phase.id ? timer : null;
  return (
    <section aria-label={t("timer")} className="space-y-2">
      <h3 className="font-semibold">{t("timer")}</h3>
      {own ? (
        <div className="flex flex-wrap items-center gap-2">
          <Countdown timer={own} clockOffset={clockOffset} size="console" />
          {own.startedAt === null ? (
            <button type="button" className={`${button.primary} ${small}`} onClick={() => send({ type: "timer.start" })}>
              {t("resume")}
            </button>
          ) : (
            <button type="button" className={`${button.secondary} ${small}`} onClick={() => send({ type: "timer.pause" })}>
              {t("pause")}
            </button>
          )}
          <button type="button" className={`${button.secondary} ${small}`} onClick={() => send({ type: "timer.extend", minutes: 1 })}>
            {t("plusMinute")}
          </button>
          <button type="button" className={`${button.quiet} ${small}`} onClick={() => send({ type: "timer.reset" })}>
            {t("reset")}
          </button>
        </div>
      ) : (
        <StartTimer key={phase.id} timebox={phase.timeboxMinutes} send={send} />
      )}
    </section>
  );
}

function StartTimer({ timebox, send }: { timebox: number | null; send: Send }) {
  const t = useT("common");
  const [minutes, setMinutes] = useState(String(timebox ?? 5));
  const id = useId();
  const value = Number(minutes);
  const valid = Number.isInteger(value) && value >= 1 && value <= 240;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (valid) send({ type: "timer.start", minutes: value });
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={id} className="block text-sm font-semibold">
          {t("minutesField")}
        </label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          step={1}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          aria-invalid={valid ? undefined : true}
          className={`${field} w-24 tabular-nums`}
        />
      </div>
      <button type="submit" disabled={!valid} className={`${button.primary} ${small}`}>
        {t("startTimer")}
      </button>
      {timebox ? <span className="pb-2 text-sm text-muted">{t("planned", { minutes: timebox })}</span> : null}
    </form>
  );
}
