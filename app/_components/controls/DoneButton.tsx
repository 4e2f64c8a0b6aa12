"use client";

import { useT } from "@/lib/client/i18n";
import { controlOf } from "@/lib/domain/feature";
import type { Participant, Phase, WorkshopState } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";
import type { Send } from "../phases/types";
import { button } from "../shared/ui";
import { pendingWish } from "./pendingWish";
import { takesInput } from "./phaseInput";

/** "I'm done" on a phone: tells the facilitator, and can be taken back. */
export function DoneButton({
  state,
  phase,
  me,
  pending,
  send,
}: {
  state: WorkshopState;
  phase: Phase;
  me: Participant;
  pending: readonly PendingCommand[];
  send: Send;
}) {
  const t = useT("phone");
  const common = useT("common");
  if (!takesInput(phase)) return null;
  const saved = controlOf(state, phase.id).done.includes(me.id);
  const wish = pendingWish(pending, "participant.done", (c) => (c.phaseId === phase.id ? c.done : undefined));
  const done = wish ?? saved;
  return (
    <div className="space-y-1 border-t border-line pt-4">
      <button
        type="button"
        aria-pressed={done}
        disabled={state.endedAt !== null}
        className={`${done ? button.secondary : button.primary} w-full text-lg`}
        onClick={() => send({ type: "participant.done", phaseId: phase.id, done: !done })}
      >
        {done ? <span aria-hidden="true">✓</span> : null}
        {t("done")}
      </button>
      <p aria-live="polite" className="text-center text-sm text-muted">
        {wish !== undefined && wish !== saved ? common("sending") : done ? t("doneSeen") : ""}
      </p>
    </div>
  );
}
