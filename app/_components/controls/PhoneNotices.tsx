"use client";

import { controlOf } from "@/lib/domain/feature";
import type { Phase, WorkshopState } from "@/lib/domain";
import { privateUntilReveal, takesInput } from "./phaseInput";

/** Why a phone cannot write right now, or who will see what it writes. */
export function PhoneNotices({ state, phase }: { state: WorkshopState; phase: Phase }) {
  const locked = takesInput(phase) && controlOf(state, phase.id).locked && state.endedAt === null;
  const secret = privateUntilReveal(state, phase);
  if (!locked && !secret) return null;
  return (
    <div className="space-y-2">
      {locked ? (
        <p role="status" className="rounded-lg border-2 border-ink bg-warn-soft p-3 text-lg font-semibold text-warn-ink">
          Input is locked
          <span className="block text-base font-normal">The facilitator will open it again when it is time.</span>
        </p>
      ) : null}
      {secret ? (
        <p className="rounded-lg border border-line bg-brand-soft p-3 text-brand-strong">
          Only you and the facilitator see your cards until the reveal.
        </p>
      ) : null}
    </div>
  );
}

/** Whether a phone's forms are off: the phase is locked, or the workshop has ended. */
export function inputOff(state: WorkshopState, phase: Phase): boolean {
  return state.endedAt !== null || (takesInput(phase) && controlOf(state, phase.id).locked);
}
