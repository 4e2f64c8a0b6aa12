"use client";

import { useState } from "react";
import { useT } from "@/lib/client/i18n";
import { button } from "../../shared/ui";

/** Closing the vote cannot be undone: a second, explicit step. */
export function CloseVote({ closing, onClose }: { closing: boolean; onClose: () => void }) {
  const t = useT("brainstorm");
  const [confirming, setConfirming] = useState(false);
  if (closing) return <p className="font-semibold text-muted">{t("closingVote")}</p>;
  if (!confirming) {
    return (
      <button type="button" className={button.primary} onClick={() => setConfirming(true)}>
        {t("closeVote")}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t("confirmClose")} className="flex flex-wrap items-center gap-2">
      <span className="font-semibold">{t("closeNow")}</span>
      <button
        type="button"
        className={button.danger}
        onClick={() => {
          setConfirming(false);
          onClose();
        }}
      >
        {t("closeVote")}
      </button>
      <button type="button" className={button.secondary} onClick={() => setConfirming(false)} autoFocus>
        {t("notYet")}
      </button>
    </div>
  );
}
