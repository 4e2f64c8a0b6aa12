"use client";

import { useT } from "@/lib/client/i18n";
import { ConfirmButton } from "../../controls/ConfirmButton";
import { button } from "../../shared/ui";
import type { Send } from "../types";

/** The facilitator's "Reveal": once pressed, every phone and the screen get every card of the phase. */
export function RevealButton({ phaseId, sending, send }: { phaseId: string; sending: boolean; send: Send }) {
  const t = useT("common");
  if (sending) return <p role="status" className="font-semibold">{t("revealing")}</p>;
  return (
    <ConfirmButton
      label={t("reveal")}
      question={t("revealQuestion")}
      confirmLabel={t("reveal")}
      groupLabel={t("confirmReveal")}
      className={`${button.primary} min-h-10 px-4 py-1.5`}
      onConfirm={() => send({ type: "phase.reveal", phaseId })}
    />
  );
}
