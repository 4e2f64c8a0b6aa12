"use client";

import { useT } from "@/lib/client/i18n";
import { button } from "../shared/ui";

/** Every step ends the same way: one big button that saves the step and moves on. */
export function SendButton({ busy, disabled = false, onClick }: { busy: boolean; disabled?: boolean; onClick: () => void }) {
  const t = useT("catchup");
  return (
    <button type="button" onClick={onClick} disabled={busy || disabled} className={`${button.primary} w-full py-3 text-lg`}>
      {busy ? t("sending") : t("send")}
    </button>
  );
}
