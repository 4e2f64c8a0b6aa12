"use client";

import { useT } from "@/lib/client/i18n";
import { controlOf } from "@/lib/domain/feature";
import type { Phase, WorkshopState } from "@/lib/domain";
import { privateUntilReveal, takesInput } from "./phaseInput";

/** Why a phone cannot write right now, or who will see what it writes. */
export function PhoneNotices({ state, phase }: { state: WorkshopState; phase: Phase }) {
  const t = useT("phone");
  const locked = takesInput(phase) && controlOf(state, phase.id).locked && state.endedAt === null;
  const secret = privateUntilReveal(state, phase);
  if (!locked && !secret) return null;
  return (
    <div className="space-y-2">
      {locked ? (
        <p role="status" className="rounded-lg border-2 border-ink bg-warn-soft p-3 text-lg font-semibold text-warn-ink">
          {t("locked")}
          <span className="block text-base font-normal">{t("lockedHint")}</span>
        </p>
      ) : null}
      {secret ? (
        <p className="rounded-lg border border-line bg-brand-soft p-3 text-brand-strong">
          {t("privateUntilReveal")}
        </p>
      ) : null}
    </div>
  );
}

/** Whether a phone's forms are off: the phase is locked, or the workshop has ended. */
export function inputOff(state: WorkshopState, phase: Phase): boolean {
  return state.endedAt !== null || (takesInput(phase) && controlOf(state, phase.id).locked);
}
