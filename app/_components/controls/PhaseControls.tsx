"use client";

import { useT } from "@/lib/client/i18n";
import { controlOf, type Phase, type WorkshopState } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";
import type { Send } from "../phases/types";
import { button } from "../shared/ui";
import { ConfirmButton } from "./ConfirmButton";
import { pendingWish } from "./pendingWish";
import { doneCount, takesInput } from "./phaseInput";
import { TimerControls } from "./TimerControls";

/** The facilitator's controls for the current phase: timer, lock, reveal, and who is done. */
export function PhaseControls({
  state,
  phase,
  pending,
  clockOffset,
  send,
}: {
  state: WorkshopState;
  phase: Phase;
  pending: readonly PendingCommand[];
  clockOffset: number;
  send: Send;
}) {
  const input = takesInput(phase);
  return (
    <div className="grid gap-x-6 gap-y-4 rounded-lg border border-line bg-paper p-3 sm:grid-cols-2">
      <TimerControls phase={phase} timer={state.timer} clockOffset={clockOffset} send={send} />
      {input ? <LockToggle state={state} phase={phase} pending={pending} send={send} /> : null}
      {phase.kind === "cards" && phase.options.private ? <RevealControl state={state} phase={phase} send={send} /> : null}
      {input ? <DoneSummary state={state} phase={phase} /> : null}
    </div>
  );
}

function LockToggle({ state, phase, pending, send }: { state: WorkshopState; phase: Phase; pending: readonly PendingCommand[]; send: Send }) {
  const t = useT("common");
  const locked =
    pendingWish(pending, "phase.lock", (c) => (c.phaseId === phase.id ? c.locked : undefined)) ?? controlOf(state, phase.id).locked;
  return (
    <section aria-label={t("input")} className="space-y-2">
      <h3 className="font-semibold">{t("input")}</h3>
      <p role="status" className={locked ? "font-semibold text-danger" : "text-muted"}>
        {state.endedAt !== null
          ? t("inputClosed")
          : locked
            ? t("inputLocked")
            : t("inputOpen")}
      </p>
      <button
        type="button"
        className={`${locked ? button.primary : button.secondary} min-h-10 px-3 py-1.5`}
        onClick={() => send({ type: "phase.lock", phaseId: phase.id, locked: !locked })}
      >
        {locked ? t("unlockInput") : t("lockInput")}
      </button>
    </section>
  );
}

function RevealControl({ state, phase, send }: { state: WorkshopState; phase: Phase; send: Send }) {
  const t = useT("common");
  const revealed = controlOf(state, phase.id).revealed;
  return (
    <section aria-label={t("privateWriting")} className="space-y-2">
      <h3 className="font-semibold">{t("privateWriting")}</h3>
      {revealed ? (
        <p role="status">{t("revealedAll")}</p>
      ) : (
        <>
          <p className="text-muted">{t("privateHint")}</p>
          <ConfirmButton
            label={t("revealCards")}
            question={t("revealQuestion")}
            confirmLabel={t("reveal")}
            groupLabel={t("confirmReveal")}
            className={`${button.primary} min-h-10 px-3 py-1.5`}
            onConfirm={() => send({ type: "phase.reveal", phaseId: phase.id })}
          />
        </>
      )}
    </section>
  );
}

function DoneSummary({ state, phase }: { state: WorkshopState; phase: Phase }) {
  const t = useT("common");
  const { done, of } = doneCount(state, phase.id);
  return (
    <section aria-label={t("whoIsDone")} className="space-y-1">
      <h3 className="font-semibold">{t("whoIsDone")}</h3>
      <p aria-live="polite" className="text-2xl font-bold tabular-nums">
        {t("doneOf", { done, of })}
      </p>
      {of > 0 && done === of ? <p className="text-sm font-semibold text-ok">{t("everyoneDone")}</p> : null}
    </section>
  );
}
