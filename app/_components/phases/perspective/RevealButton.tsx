"use client";

import { ConfirmButton } from "../../controls/ConfirmButton";
import { button } from "../../shared/ui";
import type { Send } from "../types";

/** The facilitator's "Reveal": once pressed, every phone and the screen get every card of the phase. */
export function RevealButton({ phaseId, sending, send }: { phaseId: string; sending: boolean; send: Send }) {
  if (sending) return <p role="status" className="font-semibold">Revealing…</p>;
  return (
    <ConfirmButton
      label="Reveal"
      question="Show every card to everyone? This cannot be undone."
      confirmLabel="Reveal"
      groupLabel="Confirm reveal"
      className={`${button.primary} min-h-10 px-4 py-1.5`}
      onConfirm={() => send({ type: "phase.reveal", phaseId })}
    />
  );
}
